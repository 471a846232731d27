import { useLocale, useTranslations } from "next-intl";
import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { clearEmailProblemAction } from "../actions";

/** A bounced or complained address (Resend's webhook): reminders stop until the secretariat clears it. */
export function EmailProblemNotice({ personId, problem, at }: { personId: string; problem: string; at: Date | null }) {
  const t = useTranslations("adminPeople.emailProblem");
  const locale = useLocale() as AppLocale;
  return (
    <Alert tone="warning" title={t("title")}>
      <p>
        {t(problem === "complained" ? "complained" : "bounced")}
        {at ? t("at", { date: formatDateTime(at, locale) }) : ""}
        {t("advice")}
      </p>
      <div className="mt-2">
        <ActionButton action={clearEmailProblemAction} input={{ personId }} label={t("clear")} variant="secondary" />
      </div>
    </Alert>
  );
}
