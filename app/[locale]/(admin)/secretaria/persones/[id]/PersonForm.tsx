"use client";

import { Alert } from "@/components/Alert";
import { Checkbox, Input, Select } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { PersonUpdateInput } from "@/lib/people/schema";
import { updatePersonAction } from "../actions";
import { FormFrame } from "@/components/form/FormFrame";
import { useT } from "@/lib/i18n/use-t";

export function PersonForm({
  personId,
  defaults,
  municipalities,
}: {
  personId: string;
  defaults: PersonUpdateInput;
  municipalities: { value: string; label: string }[];
}) {
  const t = useT("adminPeople.form");
  const server = useServerForm({
    action: updatePersonAction,
    schema: () => import("@/lib/people/schema").then((m) => m.personFormSchema),
    defaults: { personId, values: defaults },
  });
  const { field, done } = server;
  return (
    <FormFrame server={server} className="space-y-4">
      {done ? (
        <Alert tone="success" live>
          {t("saved")}
        </Alert>
      ) : null}
      <input type="hidden" {...field("personId")} />
      <Input label={t("name")} required {...field("values.name")} />
      <Input label={t("position")} {...field("values.position")} />
      <Input label={t("phone")} type="tel" {...field("values.phone")} />
      <Select
        label={t("municipality")}
        placeholder={t("noMunicipality")}
        options={municipalities}
        {...field("values.municipalityId")}
      />
      <Select
        label={t("role")}
        options={[
          { value: "TECHNICIAN", label: t("roleTechnician") },
          { value: "SECRETARIAT", label: t("roleSecretariat") },
        ]}
        {...field("values.role")}
      />
      <Checkbox label={t("isMentor")} help={t("isMentorHelp")} {...field("values.isMentor")} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </FormFrame>
  );
}
