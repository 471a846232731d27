import { Alert } from "@/components/Alert";
import { ButtonLink, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { formatDay, madridDay } from "@/lib/dates";
import { FITXA_STATUS_LABELS } from "@/lib/mentorships/labels";
import { CompletionForm } from "../CompletionForm";
import { EvaluationForm } from "../EvaluationForm";
import type { SectionProps } from "./types";

/**
 * The end: while active, once the agreement is confirmed, each party confirms completion; then
 * the evaluations and the fitxa. Not shown before there is anything to close.
 */
export function ClosureSection({ view, now }: SectionProps) {
  const m = view.mentorship;
  const role = view.role;
  const party = role !== "SECRETARIAT";
  const closing = m.status === "CLOSING" || m.status === "COMPLETED";
  const canComplete = m.status === "ACTIVE" && party && m.agreement?.status === "CONFIRMED";
  if (!closing && !canComplete) return null;
  const mine = role === "MENTOR" ? m.mentorConfirmedEndAt : role === "MENTEE" ? m.menteeConfirmedEndAt : null;
  const evaluated = m.evaluations.some((e) => e.authorRole === role);
  return (
    <Card title="Tancament" id="tancament">
      <div className="space-y-4">
        {canComplete ? (
          mine ? (
            <p>Heu confirmat que l&apos;acompanyament s&apos;ha completat; falta que ho confirmi l&apos;altra part.</p>
          ) : (
            <>
              <p>
                El tancament comença a la data de finalització pactada, o abans si les dues parts confirmen que
                l&apos;acompanyament s&apos;ha completat.
              </p>
              <CompletionForm
                mentorshipId={m.id}
                early={Boolean(m.endOn && madridDay(now) < m.endOn && !m.closingReason)}
                endText={m.endOn ? formatDay(m.endOn) : ""}
              />
            </>
          )
        ) : null}
        {closing ? (
          <Dl
            items={[
              [
                "Valoració de la persona sol·licitant",
                m.evaluations.some((e) => e.authorRole === "MENTEE") ? "Enviada" : "Pendent",
              ],
              [
                "Valoració de la persona mentora",
                m.evaluations.some((e) => e.authorRole === "MENTOR") ? "Enviada" : "Pendent",
              ],
              ["Fitxa", m.recordSheet ? FITXA_STATUS_LABELS[m.recordSheet.status] : "Pendent"],
            ]}
          />
        ) : null}
        {m.status === "CLOSING" && party && !evaluated ? (
          <section id="valoracio" aria-labelledby="evaluation-heading" className="scroll-mt-4 space-y-3">
            <h3 id="evaluation-heading" className="text-lg font-semibold">
              La vostra valoració
            </h3>
            <EvaluationForm mentorshipId={m.id} />
          </section>
        ) : null}
        {m.status === "CLOSING" && role === "MENTEE" ? (
          <ButtonLink href={`/acompanyaments/${m.id}/fitxa`} variant="secondary">
            {m.recordSheet?.status === "CHANGES_REQUESTED"
              ? "Revisa la fitxa: la secretaria hi demana canvis"
              : m.recordSheet?.status === "SUBMITTED" || m.recordSheet?.status === "PUBLISHED"
                ? "Consulta la fitxa"
                : "Omple la fitxa de la mentoria"}
          </ButtonLink>
        ) : null}
        {m.status === "COMPLETED" ? <Alert tone="success">Acompanyament completat. Gràcies!</Alert> : null}
      </div>
    </Card>
  );
}
