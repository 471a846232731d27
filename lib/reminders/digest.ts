import "server-only";
import type { DigestItem } from "@/emails/reminders/WeeklyDigestEmail";
import { addDays, isoDay } from "@/lib/dates";
import type { QueuedReminder } from "@/lib/email/registry";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reminder, type Recipient } from "./context";

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
  const items: DigestItem[] = [
    { key: "proposals", count: proposals },
    { key: "noAgreement", count: noAgreement },
    { key: "communications", count: communications },
    { key: "fitxes", count: fitxes },
    { key: "failedEmails", count: failedEmails },
    { key: "registrations", count: registrations },
  ];
  return items;
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
    .map((m) =>
      reminder(m, {
        dedupeKey: `weekly-digest:${week}:${m.id}`,
        template: "weekly-digest",
        path: "/secretaria",
        props: { items },
      }),
    )
    .filter((r): r is QueuedReminder => r !== null);
}
