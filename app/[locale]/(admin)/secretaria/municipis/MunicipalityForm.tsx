"use client";

import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { MunicipalityInput } from "@/lib/municipalities/schema";
import { saveMunicipalityAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";
import { useT } from "@/lib/i18n/use-t";

/** A new municipality (then its page opens), or the changes of one. */
export function MunicipalityForm({
  id,
  defaults,
  locale,
}: {
  id?: string;
  defaults: MunicipalityInput;
  locale: string;
}) {
  const t = useT("adminMunicipalities.form");
  const server = useServerForm({
    action: saveMunicipalityAction,
    schema: () => import("@/lib/municipalities/schema").then((m) => m.municipalityFormSchema),
    defaults: { id: id ?? "", values: { ...defaults, population: String(defaults.population ?? "") } },
  });
  const { field, done } = server;
  return (
    <FormFrame server={server} className="space-y-4 rounded-lg border border-line bg-white p-6">
      {done && id ? (
        <Alert tone="success" live>
          {t("saved")}
        </Alert>
      ) : null}
      {id ? (
        <input type="hidden" {...field("id")} />
      ) : (
        <input type="hidden" name="redirectTo" value={`/${locale}/secretaria/municipis/{id}`} />
      )}
      <Input label={t("name")} required {...field("values.name")} />
      <Input label={t("comarca")} required {...field("values.comarca")} />
      <Input label={t("population")} inputMode="numeric" {...field("values.population")} />
      <Input label={t("domains")} help={t("domainsHelp")} {...field("values.emailDomains")} />
      <SubmitButton pendingLabel={t("pending")}>{id ? t("save") : t("create")}</SubmitButton>
    </FormFrame>
  );
}
