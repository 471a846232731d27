"use client";

import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { MunicipalityInput } from "@/lib/municipalities/schema";
import { saveMunicipalityAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

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
          S&apos;han desat els canvis.
        </Alert>
      ) : null}
      {id ? (
        <input type="hidden" {...field("id")} />
      ) : (
        <input type="hidden" name="redirectTo" value={`/${locale}/secretaria/municipis/{id}`} />
      )}
      <Input label="Nom" required {...field("values.name")} />
      <Input label="Comarca" required {...field("values.comarca")} />
      <Input label="Població (habitants)" inputMode="numeric" {...field("values.population")} />
      <Input
        label="Dominis de correu (opcional)"
        help="Separats per espais o comes, per exemple: ajgirona.cat girona.cat. Si n'hi ha, els registres amb adreces d'altres dominis esperen la validació de la secretaria."
        {...field("values.emailDomains")}
      />
      <SubmitButton pendingLabel="S'està desant…">{id ? "Desa els canvis" : "Afegeix el municipi"}</SubmitButton>
    </FormFrame>
  );
}
