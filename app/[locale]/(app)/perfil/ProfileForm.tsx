"use client";

import { Alert } from "@/components/Alert";
import { Checkbox, Input, Select } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import type { ProfileInput } from "@/lib/people/schema";
import { saveProfileAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

type Props = {
  defaults: ProfileInput;
  email: string;
  municipalities: { id: string; name: string; comarca: string }[];
  askPrivacy: boolean;
  askMentor: boolean;
  /** Where to go once saved (completing the profile before what the person came for). */
  redirectTo?: string;
};

export function ProfileForm({ defaults, email, municipalities, askPrivacy, askMentor, redirectTo }: Props) {
  const t = useT("profile");
  const server = useServerForm({
    action: saveProfileAction,
    schema: () => import("@/lib/people/schema").then((m) => m.profileSchema),
    defaults,
  });
  const { field, done } = server;
  return (
    <FormFrame server={server} className="space-y-5 rounded-lg border border-line bg-white p-6">
      {done && !redirectTo ? (
        <Alert tone="success" live>
          {t("saved")}
        </Alert>
      ) : null}
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      <Input name="email-readonly" label={t("email")} help={t("emailHelp")} value={email} readOnly disabled />
      <Input label={t("name")} autoComplete="name" required {...field("name")} />
      <Input label={t("position")} autoComplete="organization-title" required {...field("position")} />
      <Select
        label={t("municipality")}
        help={t("municipalityHelp")}
        required
        placeholder={t("municipalityPlaceholder")}
        options={municipalities.map((m) => ({ value: m.id, label: `${m.name} (${m.comarca})` }))}
        {...field("municipalityId")}
      />
      <Input label={t("phone")} type="tel" autoComplete="tel" {...field("phone")} />
      <Select
        label={t("language")}
        help={t("languageHelp")}
        required
        options={[
          { value: "ca", label: t("languageCa"), lang: "ca" },
          { value: "es", label: t("languageEs"), lang: "es" },
        ]}
        {...field("locale")}
      />
      {askMentor ? (
        <Checkbox label={t("wantsToMentor")} {...field("wantsToMentor")} />
      ) : (
        <input type="hidden" name="wantsToMentor" value={String(Boolean(defaults.wantsToMentor))} />
      )}
      {askPrivacy ? (
        <Checkbox
          label={
            <>
              {t("privacy")}{" "}
              <a href="../privacitat" target="_blank" rel="noreferrer">
                {t("privacyLink")}
              </a>
            </>
          }
          {...field("privacyAccepted")}
        />
      ) : (
        <input type="hidden" name="privacyAccepted" value="true" />
      )}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </FormFrame>
  );
}
