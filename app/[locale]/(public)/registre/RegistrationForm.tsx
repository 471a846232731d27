"use client";

import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import { requestRegistrationAction } from "./actions";

/** A new technician asks for the sign-in link that starts the registration. */
export function RegistrationForm({ intent, locale }: { intent: "mentee" | "mentor"; locale: "ca" | "es" }) {
  const t = useT("register");
  const tSignIn = useT("signIn");
  const { field, action, formProps, formError, state } = useServerForm({
    action: requestRegistrationAction,
    schema: () => import("@/lib/people/registration-schema").then((m) => m.registrationSchema),
    defaults: { email: "", intent, locale },
  });
  const sent = state?.ok && state.data.status === "accepted" ? state.data : null;
  if (sent) {
    return (
      <Alert tone="success" title={tSignIn("sentTitle")} live>
        {t("sentText", { email: sent.email, minutes: sent.minutes })}
      </Alert>
    );
  }
  return (
    <form action={action} {...formProps} className="space-y-5 rounded-lg border border-line bg-white p-6">
      {state?.ok && state.data.status === "rate-limited" ? <Alert tone="error">{tSignIn("rateLimited")}</Alert> : null}
      {formError && !field("email").error ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...field("intent")} />
      <input type="hidden" {...field("locale")} />
      <p>{t("steps")}</p>
      <Input label={tSignIn("emailLabel")} type="email" autoComplete="email" required {...field("email")} />
      <SubmitButton pendingLabel={tSignIn("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
