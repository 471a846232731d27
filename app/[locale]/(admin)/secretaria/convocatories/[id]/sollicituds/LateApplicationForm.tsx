"use client";

import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { allowLateApplicationAction } from "./actions";
import { useT } from "@/lib/i18n/use-t";

export function LateApplicationForm({ editionId }: { editionId: string }) {
  const t = useT("adminApplications.lateForm");
  const { field, action, formProps, formError, done } = useServerForm({
    action: allowLateApplicationAction,
    resetOnSuccess: true,
    schema: () => import("./late-application-schema").then((m) => m.lateApplicationSchema),
    defaults: { editionId, email: "" },
  });
  return (
    <form action={action} {...formProps} className="space-y-4 rounded-lg border border-line bg-white p-5">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-muted">{t("lead")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? (
        <Alert tone="success" live>
          {t("done")}
        </Alert>
      ) : null}
      <input type="hidden" {...field("editionId")} />
      <Input label={t("email")} help={t("emailHelp")} type="email" autoComplete="off" required {...field("email")} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
