import "server-only";
import type { Tx } from "@/lib/db/client";
import { sendMentoringStart } from "@/lib/email/senders/mentorship";
import { recordMentorshipEvent } from "./audit";

const party = {
  select: {
    id: true,
    email: true,
    name: true,
    locale: true,
    phone: true,
    position: true,
    municipality: { select: { name: true } },
  },
} as const;

/**
 * Sends the start email (each other's contact and the programme's rules) to both parties of the
 * edition's mentorships that have not had it yet: when the edition enters MENTORING, or on
 * acceptance when it already has. startEmailSentAt keeps it to once.
 */
export async function startMentorships(tx: Tx, where: { editionId: string; id?: string }, now = new Date()) {
  const due = await tx.mentorship.findMany({
    where: { ...where, startEmailSentAt: null, status: { in: ["AGREEING", "ACTIVE"] } },
    select: { id: true, mentor: party, mentee: party, edition: true },
  });
  for (const m of due) {
    const { count } = await tx.mentorship.updateMany({
      where: { id: m.id, startEmailSentAt: null },
      data: { startEmailSentAt: now },
    });
    if (!count) continue;
    await sendMentoringStart(tx, m);
    await recordMentorshipEvent(tx, null, m.id, "started");
  }
  return due.length;
}
