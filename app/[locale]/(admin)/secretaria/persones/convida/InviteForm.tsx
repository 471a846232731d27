"use client";

import { Input, Select } from "@/components/form/fields";
import { Radios } from "@/components/form/Radios";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { invitePersonAction } from "../actions";
import { FormFrame } from "@/components/form/FormFrame";
import { useT } from "@/lib/i18n/use-t";

/** The secretariat invites a mentor or a member of the secretariat; the new person's page opens. */
export function InviteForm({
  municipalities,
  locale,
}: {
  municipalities: { value: string; label: string }[];
  locale: string;
}) {
  const t = useT("adminPeople.inviteForm");
  const server = useServerForm({
    action: invitePersonAction,
    schema: () => import("@/lib/people/schema").then((m) => m.inviteSchema),
    defaults: { email: "", name: "", position: "", kind: "MENTOR", municipalityId: "", locale: "ca" },
  });
  const { field, form } = server;
  const kind = form.watch("kind");
  return (
    <FormFrame server={server} className="space-y-5 rounded-lg border border-line bg-white p-6">
      <input type="hidden" name="redirectTo" value={`/${locale}/secretaria/persones/{id}?convidada=1`} />
      <Radios
        field={field}
        name="kind"
        legend={t("kind")}
        required
        options={[
          ["MENTOR", t("kindMentor")],
          ["SECRETARIAT", t("kindSecretariat")],
        ]}
      />
      <Input label={t("email")} type="email" required {...field("email")} />
      <Input label={t("name")} required {...field("name")} />
      <Input label={t("position")} {...field("position")} />
      <Select
        label={kind === "SECRETARIAT" ? t("municipalityOptional") : t("municipality")}
        required={kind !== "SECRETARIAT"}
        placeholder={t("municipalityPlaceholder")}
        options={municipalities}
        {...field("municipalityId")}
      />
      <Select
        label={t("language")}
        help={t("languageHelp")}
        required
        options={[
          { value: "ca", label: "Català", lang: "ca" },
          { value: "es", label: "Castellano", lang: "es" },
        ]}
        {...field("locale")}
      />
      <p className="text-sm text-muted">{t("note")}</p>
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </FormFrame>
  );
}
