"use client";

import { useT } from "@/lib/i18n/use-t";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Checkbox, Input, Select } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { ProfileInput } from "@/lib/people/schema";
import { saveProfileAction } from "./actions";

type Props = {
  defaults: ProfileInput;
  email: string;
  municipalities: { id: string; name: string; comarca: string }[];
  askPrivacy: boolean;
  askMentor: boolean;
  redirectTo?: string;
};

export function ProfileForm({ defaults, email, municipalities, askPrivacy, askMentor, redirectTo }: Props) {
  const t = useT("profile");
  const router = useRouter();
  const { form, onSubmit, formError, done, error, pending } = useActionForm({
    schema: () => import("@/lib/people/schema").then((m) => m.profileSchema),
    action: saveProfileAction,
    defaultValues: defaults,
    onSuccess: () => {
      if (redirectTo) router.push(redirectTo);
      else router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-line bg-white p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done && !redirectTo ? (
        <Alert tone="success" live>
          {t("saved")}
        </Alert>
      ) : null}
      <Input name="email-readonly" label={t("email")} help={t("emailHelp")} value={email} readOnly disabled />
      <Input label={t("name")} autoComplete="name" required error={error("name")} {...form.register("name")} />
      <Input
        label={t("position")}
        autoComplete="organization-title"
        required
        error={error("position")}
        {...form.register("position")}
      />
      <Select
        label={t("municipality")}
        help={t("municipalityHelp")}
        required
        placeholder={t("municipalityPlaceholder")}
        options={municipalities.map((m) => ({ value: m.id, label: `${m.name} (${m.comarca})` }))}
        error={error("municipalityId")}
        {...form.register("municipalityId")}
      />
      <Input label={t("phone")} type="tel" autoComplete="tel" error={error("phone")} {...form.register("phone")} />
      {askMentor ? (
        <Checkbox label={t("wantsToMentor")} error={error("wantsToMentor")} {...form.register("wantsToMentor")} />
      ) : null}
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
          error={error("privacyAccepted")}
          {...form.register("privacyAccepted")}
        />
      ) : null}
      <Button pending={pending}>{t("save")}</Button>
    </form>
  );
}
