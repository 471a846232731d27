"use client";

import { useT } from "@/lib/i18n/use-t";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { TextField } from "@/components/TextField";
import { useActionForm } from "@/components/form/use-action-form";
import { requestSignInAction } from "./actions";

type Sent = { email: string; minutes: number };

export function SignInForm({ locale, next }: { locale: "ca" | "es"; next?: string }) {
  const t = useT("signIn");
  const [sent, setSent] = useState<Sent | null>(null);
  const [limited, setLimited] = useState(false);
  const { form, onSubmit, formError, error, pending } = useActionForm({
    // The schema (and zod) load when the form is first validated, not with the page.
    schema: () => import("@/lib/auth/schema").then((m) => m.signInRequestSchema),
    action: (values) => {
      setLimited(false);
      return requestSignInAction(values);
    },
    defaultValues: { email: "", locale, next },
    onSuccess: (data) => {
      if (data.status === "rate-limited") setLimited(true);
      else setSent({ email: form.getValues().email.trim(), minutes: data.minutes });
    },
  });

  if (sent) {
    return (
      <Alert tone="success" title={t("sentTitle")} live>
        <p>{t("sentText", { email: sent.email, minutes: sent.minutes })}</p>
        <button type="button" className="mt-3 font-semibold text-brand-700 underline" onClick={() => setSent(null)}>
          {t("sentAgain")}
        </button>
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-line bg-white p-6">
      {limited ? <Alert tone="error">{t("rateLimited")}</Alert> : null}
      {formError && !error("email") ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label={t("emailLabel")}
        help={t("emailHelp")}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={error("email")}
        {...form.register("email")}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
