"use client";

import { useT } from "@/lib/i18n/use-t";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button, Input } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { requestRegistrationAction } from "./actions";

export function RegistrationForm({ intent, locale }: { intent: "mentee" | "mentor"; locale: "ca" | "es" }) {
  const t = useT("register");
  const tSignIn = useT("signIn");
  const [sent, setSent] = useState<{ email: string; minutes: number } | null>(null);
  const [limited, setLimited] = useState(false);
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/people/registration-schema").then((m) => m.registrationSchema),
    action: requestRegistrationAction,
    defaultValues: { email: "", intent, locale },
    onSuccess: (data) => {
      if (data.status === "rate-limited") setLimited(true);
      else setSent({ email: form.getValues().email.trim(), minutes: data.minutes });
    },
  });
  if (sent) {
    return (
      <Alert tone="success" title={tSignIn("sentTitle")} live>
        {t("sentText", sent)}
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-line bg-white p-6">
      {limited ? <Alert tone="error">{tSignIn("rateLimited")}</Alert> : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <p>{t("steps")}</p>
      <Input
        label={tSignIn("emailLabel")}
        type="email"
        autoComplete="email"
        required
        error={error("email")}
        {...form.register("email")}
      />
      <Button pending={pending} pendingLabel={tSignIn("submitting")}>
        {t("submit")}
      </Button>
    </form>
  );
}
