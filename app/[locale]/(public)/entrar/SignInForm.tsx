"use client";

import { useT } from "@/lib/i18n/use-t";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/Alert";
import { TextField } from "@/components/TextField";
import type { SignInRequestInput } from "@/lib/auth/schema";
import { requestSignInAction } from "./actions";

type Sent = { email: string; minutes: number };

export function SignInForm({ locale, next }: { locale: "ca" | "es"; next?: string }) {
  const t = useT("signIn");
  const [sent, setSent] = useState<Sent | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInRequestInput>({
    // The schema (and zod) load when the form is first validated, not with the page.
    resolver: async (values, context, options) => {
      const [{ zodResolver }, { signInRequestSchema }] = await Promise.all([import("@hookform/resolvers/zod"), import("@/lib/auth/schema")]);
      return zodResolver(signInRequestSchema)(values, context, options);
    },
    defaultValues: { email: "", locale, next },
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

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestSignInAction(values);
    if (!result.ok) {
      if (result.fieldErrors?.email) setError("email", { message: result.fieldErrors.email[0] });
      else setFormError(result.error);
      return;
    }
    if (result.data.status === "rate-limited") {
      setFormError(t("rateLimited"));
      return;
    }
    setSent({ email: values.email.trim(), minutes: result.data.minutes });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-line bg-white p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label={t("emailLabel")}
        help={t("emailHelp")}
        type="email"
        autoComplete="email"
        inputMode="email"
        error={errors.email?.message}
        {...register("email")}
      />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
