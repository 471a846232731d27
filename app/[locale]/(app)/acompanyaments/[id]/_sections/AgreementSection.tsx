import { ActionButton } from "@/components/ActionButton";
import { Badge, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { formatDay, isoDay } from "@/lib/dates";
import { confirmAgreementAction } from "../actions";
import { AgreementForm } from "../AgreementForm";
import type { SectionProps } from "./types";

/**
 * The agreement (work plan): its text and state, the other party's confirmation, and the form to
 * draft or change it, open while there is none. Once confirmed it folds to one line.
 */
export function AgreementSection({ view, viewerId, working, step }: SectionProps) {
  const m = view.mentorship;
  const agreement = m.agreement;
  if (!agreement && !working) return null;
  const details = agreement ? (
    <Dl
      items={[
        ["Objectius", agreement.objectives],
        ["Activitats principals", agreement.activities],
        ["Trobades previstes", agreement.plannedMeetings],
        ["Inici", agreement.startOn ? formatDay(agreement.startOn) : "El de la convocatòria"],
        ["Finalització", formatDay(agreement.endOn)],
      ]}
    />
  ) : null;
  const form = working ? (
    <AgreementForm
      limitText={`Com a màxim el ${formatDay(view.limit)} (${m.edition.maxDurationMonths} mesos des de l'inici, el ${formatDay(view.start)}), llevat d'una ampliació acordada.`}
      startText={`Opcional. En blanc, l'acompanyament comença quan ho fixa la convocatòria (ara, el ${formatDay(view.start)}) i segueix els canvis de calendari. No pot ser anterior al ${formatDay(view.period.accepted)}, el dia que es va acceptar la proposta.`}
      earliest={isoDay(view.period.accepted)}
      defaults={{
        mentorshipId: m.id,
        startOn: agreement?.startOn ? isoDay(agreement.startOn) : "",
        objectives: agreement?.objectives ?? "",
        activities: agreement?.activities ?? "",
        plannedMeetings: agreement?.plannedMeetings ?? "",
        endOn: agreement ? isoDay(agreement.endOn) : isoDay(view.limit),
      }}
      disclosure={{
        summary: agreement ? "Modifica l'acord" : "Redacta l'acord",
        open: step.kind === "draft-agreement",
        intro: (
          <p className="mt-2 text-sm text-muted">
            {agreement
              ? "Si el modifiqueu, l'altra part l'ha de tornar a confirmar."
              : "Qualsevol de les dues parts el pot redactar; l'altra el confirma."}
          </p>
        ),
      }}
    />
  ) : null;

  return (
    <Card title="Acord (pla de treball)" id="acord">
      <div className="space-y-4">
        {agreement ? (
          <p>
            <Badge tone={agreement.status === "CONFIRMED" ? "green" : "amber"}>
              {agreement.status === "CONFIRMED"
                ? `Confirmat per ${agreement.confirmedBy?.name ?? ""}`
                : "Pendent de confirmar"}
            </Badge>{" "}
            <span className="text-sm text-muted">
              Versió {agreement.version}, redactada per {agreement.draftedBy.name}
            </span>
          </p>
        ) : null}
        {agreement?.status === "CONFIRMED" ? (
          <details>
            <summary className="cursor-pointer font-semibold">Mostra l&apos;acord</summary>
            <div className="mt-3">{details}</div>
          </details>
        ) : (
          details
        )}
        {working && agreement?.status === "DRAFT" ? (
          agreement.draftedBy.id === viewerId ? (
            <p className="text-sm">L&apos;altra part l&apos;ha de confirmar.</p>
          ) : (
            <ActionButton
              action={confirmAgreementAction}
              input={{ mentorshipId: m.id, version: agreement.version }}
              label="Confirmo l'acord"
            />
          )
        ) : null}
        {form}
      </div>
    </Card>
  );
}
