"use client";

import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import { requestSignInAction } from "./actions";

export function SignInForm({ locale, next }: { locale: "ca" | "es"; next?: string }) {
  const t = useT("signIn");
  const { field, action, formProps, formError, state, form } = useServerForm({
    action: requestSignInAction,
    // The schema (and zod) load when the form is first validated, not with the page.
    schema: () => import("@/lib/auth/schema").then((m) => m.signInRequestSchema),
    defaults: { email: "", locale, next: next ?? "" },
  });
  const sent = state?.ok && state.data.status === "accepted" ? state.data : null;

  if (sent) {
    return (
      <Alert tone="success" title={t("sentTitle")} live>
        <p>{t("sentText", { email: form.getValues("email").trim() || sent.email, minutes: sent.minutes })}</p>
        <a href={`/${locale}/entrar`} className="mt-3 inline-block font-semibold text-brand-700 underline">
          {t("sentAgain")}
        </a>
      </Alert>
    );
  }

  return (
    <form action={action} {...formProps} className="space-y-5 rounded-lg border border-line bg-white p-6">
      {state?.ok && state.data.status === "rate-limited" ? <Alert tone="error">{t("rateLimited")}</Alert> : null}
      {formError && !field("email").error ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...field("locale")} />
      <input type="hidden" {...field("next")} />
      <Input
        label={t("emailLabel")}
        help={t("emailHelp")}
        type="email"
        autoComplete="email"
        inputMode="email"
        {...field("email")}
      />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
