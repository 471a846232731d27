import { Alert } from "@/components/Alert";
import { ButtonLink, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { useLocale, useTranslations } from "next-intl";
import { formatDay, madridDay, type AppLocale } from "@/lib/dates";
import { CompletionForm } from "../CompletionForm";
import { EvaluationForm } from "../EvaluationForm";
import type { SectionProps } from "./types";

/**
 * The end: while active, once the agreement is confirmed, each party confirms completion; then
 * the evaluations and the fitxa. Not shown before there is anything to close.
 */
export function ClosureSection({ view, now }: SectionProps) {
  const t = useTranslations("mentorship.closure");
  const tLabel = useTranslations("labels");
  const locale = useLocale() as AppLocale;
  const m = view.mentorship;
  const role = view.role;
  const party = role !== "SECRETARIAT";
  const closing = m.status === "CLOSING" || m.status === "COMPLETED";
  const canComplete = m.status === "ACTIVE" && party && m.agreement?.status === "CONFIRMED";
  if (!closing && !canComplete) return null;
  const mine = role === "MENTOR" ? m.mentorConfirmedEndAt : role === "MENTEE" ? m.menteeConfirmedEndAt : null;
  const evaluated = m.evaluations.some((e) => e.authorRole === role);
  return (
    <Card title={t("title")} id="tancament">
      <div className="space-y-4">
        {canComplete ? (
          mine ? (
            <p>{t("youConfirmed")}</p>
          ) : (
            <>
              <p>{t("intro")}</p>
              <CompletionForm
                mentorshipId={m.id}
                early={Boolean(m.endOn && madridDay(now) < m.endOn && !m.closingReason)}
                endText={m.endOn ? formatDay(m.endOn, locale) : ""}
              />
            </>
          )
        ) : null}
        {closing ? (
          <Dl
            items={[
              [t("menteeEvaluation"), t(m.evaluations.some((e) => e.authorRole === "MENTEE") ? "sent" : "pending")],
              [t("mentorEvaluation"), t(m.evaluations.some((e) => e.authorRole === "MENTOR") ? "sent" : "pending")],
              [t("fitxa"), m.recordSheet ? tLabel(`fitxaStatus.${m.recordSheet.status}`) : t("pending")],
            ]}
          />
        ) : null}
        {m.status === "CLOSING" && party && !evaluated ? (
          <section id="valoracio" aria-labelledby="evaluation-heading" className="scroll-mt-4 space-y-3">
            <h3 id="evaluation-heading" className="text-lg font-semibold">
              {t("yourEvaluation")}
            </h3>
            <EvaluationForm mentorshipId={m.id} />
          </section>
        ) : null}
        {m.status === "CLOSING" && role === "MENTEE" ? (
          <ButtonLink href={`/acompanyaments/${m.id}/fitxa`} variant="secondary">
            {t(
              m.recordSheet?.status === "CHANGES_REQUESTED"
                ? "fitxaChanges"
                : m.recordSheet?.status === "SUBMITTED" || m.recordSheet?.status === "PUBLISHED"
                  ? "fitxaView"
                  : "fitxaFill",
            )}
          </ButtonLink>
        ) : null}
        {m.status === "COMPLETED" ? <Alert tone="success">{t("completed")}</Alert> : null}
      </div>
    </Card>
  );
}
