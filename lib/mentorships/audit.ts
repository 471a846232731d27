import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Every event of a mentorship is recorded against it, so its timeline is its audit trail. */
export function recordMentorshipEvent(
  tx: Tx,
  actorId: string | null,
  mentorshipId: string,
  action: string,
  data?: Prisma.InputJsonValue,
) {
  return recordAuditEvent(tx, {
    actorId,
    action: `mentorship.${action}`,
    entityType: "Mentorship",
    entityId: mentorshipId,
    data,
  });
}

export const TIMELINE_LABELS: Record<string, string> = {
  "mentorship.created": "La persona mentora accepta la proposta",
  "mentorship.started": "Comença l'acompanyament: correu d'inici a les dues parts",
  "mentorship.first_contact": "Primer contacte",
  "mentorship.agreement_drafted": "Acord redactat",
  "mentorship.agreement_changed": "Acord modificat (cal tornar-lo a confirmar)",
  "mentorship.agreement_confirmed": "Acord confirmat per les dues parts",
  "mentorship.meeting_logged": "Trobada registrada",
  "mentorship.meeting_planned": "Trobada prevista",
  "mentorship.meeting_confirmed": "Trobada confirmada",
  "mentorship.meeting_changed": "Trobada canviada",
  "mentorship.meeting_cancelled": "Trobada anul·lada",
  "mentorship.extension_proposed": "Proposta d'ampliació",
  "mentorship.extension_accepted": "Ampliació acceptada",
  "mentorship.extension_declined": "Ampliació no acceptada",
  "mentorship.communication_sent": "Comunicació a la secretaria",
  "mentorship.completion_confirmed": "Una part confirma que l'acompanyament s'ha completat",
  "mentorship.closing": "Comença el tancament",
  "mentorship.evaluation_submitted": "Valoració enviada",
  "mentorship.fitxa_submitted": "Fitxa enviada a revisió",
  "mentorship.fitxa_changes_requested": "La secretaria demana canvis a la fitxa",
  "mentorship.fitxa_published": "Fitxa publicada",
  "mentorship.completed": "Acompanyament completat",
  "mentorship.cancelled": "Acompanyament finalitzat abans d'hora",
};
