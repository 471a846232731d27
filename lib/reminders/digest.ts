import "server-only";
import { weeklyDigestSubject } from "@/emails/reminders/WeeklyDigestEmail";
import { addDays, isoDay } from "@/lib/dates";
import type { QueuedReminder } from "@/lib/email/registry";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Recipient } from "./context";

/** What needs the secretariat's attention, counted for the weekly digest. */
export async function attentionCounts(db: PrismaClient, now: Date) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const [proposals, noAgreement, communications, fitxes, failedEmails, registrations] = await Promise.all([
    db.proposal.count({ where: { status: "PENDING", createdAt: { lt: weekAgo } } }),
    db.mentorship.count({
      where: { status: "AGREEING", startEmailSentAt: { lt: new Date(now.getTime() - 30 * 86_400_000) } },
    }),
    db.communication.count({ where: { status: "OPEN" } }),
    db.recordSheet.count({ where: { status: "SUBMITTED" } }),
    db.emailMessage.count({ where: { status: "FAILED" } }),
    db.user.count({ where: { approvalStatus: "PENDING", deactivatedAt: null } }),
  ]);
  return [
    { label: "Propostes pendents de resposta fa més d'una setmana", count: proposals },
    { label: "Acompanyaments sense acord 30 dies després de l'inici", count: noAgreement },
    { label: "Comunicacions obertes", count: communications },
    { label: "Fitxes per revisar", count: fitxes },
    { label: "Correus que no s'han pogut enviar", count: failedEmails },
    { label: "Registres pendents de validació", count: registrations },
  ];
}

/** On Mondays (Madrid), one digest per secretariat member and week. */
export async function weeklyDigests(
  db: PrismaClient,
  secretariat: Recipient[],
  today: Date,
  now: Date,
): Promise<QueuedReminder[]> {
  if (today.getUTCDay() !== 1) return [];
  const items = await attentionCounts(db, now);
  const week = isoDay(addDays(today, 0));
  return secretariat
    .filter((m) => !m.remindersOptOut && !m.deactivatedAt)
    .map((m) => ({
      dedupeKey: `weekly-digest:${week}:${m.id}`,
      template: "weekly-digest" as const,
      to: m.email,
      toUserId: m.id,
      subject: weeklyDigestSubject,
      props: { name: m.name ?? m.email, items, path: "/secretaria", locale: m.locale },
    }));
}
