import "server-only";
import { prisma as defaultPrisma } from "@/lib/db/client";
import { madridDay } from "@/lib/dates";
import { queueReminders } from "@/lib/email/registry";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expireOverdueProposals } from "@/lib/matching/expire";
import { advanceDueClosures } from "@/lib/mentorships/closure";
import { purgeExpiredData } from "@/lib/privacy/retention";
import { applyAutomaticPhaseChanges } from "./auto-phase";
import { recipientSelect } from "./context";
import { weeklyDigests } from "./digest";
import { forEachDueBatch } from "./rules";
import { editionReminderSettings } from "./settings";

export type SweepReport = {
  expiredProposals: number;
  closing: number;
  phaseChanges: number;
  reminders: number;
  digests: number;
  purged: number;
};

/**
 * The scheduled sweep: proposals past their deadline expire, mentorships past their end date
 * move to closing, editions change phase at their dates (when turned on), and the reminders that
 * are due are queued. Every reminder has a unique key, so running it twice queues nothing twice.
 */
export async function runSweep({
  now = new Date(),
  db = defaultPrisma,
  reminderBatch,
}: {
  now?: Date;
  db?: PrismaClient;
  /** Reminders resolved and queued together (lib/reminders/rules.ts); tests make it small. */
  reminderBatch?: number;
} = {}): Promise<SweepReport> {
  const today = madridDay(now);
  const expiredProposals = await db.$transaction((tx) => expireOverdueProposals(tx, {}, now));
  const closing = await db.$transaction((tx) => advanceDueClosures(tx, {}, now), { timeout: 60_000 });
  const phaseChanges = (await applyAutomaticPhaseChanges(now)).length;

  const [editions, secretariat] = await Promise.all([
    db.edition.findMany({ where: { phase: { not: "CLOSED" } } }),
    db.user.findMany({ where: { role: "SECRETARIAT", deactivatedAt: null, erasedAt: null }, select: recipientSelect }),
  ]);
  let reminders = 0;
  for (const edition of editions) {
    const ctx = { db, now, today, edition, settings: editionReminderSettings(edition.reminderSettings), secretariat };
    const queued = await forEachDueBatch(ctx, (batch) => queueReminders(db, batch), reminderBatch);
    reminders += queued;
  }
  const digests = await queueReminders(db, await weeklyDigests(db, secretariat, today, now));
  const purge = await purgeExpiredData({ now, db });
  const purged = purge.tokens + purge.sessions + purge.rateLimits + purge.emails;
  // When it last ran to its end, for /api/health (lib/db/health.ts); the clock's own time.
  const ranAt = new Date();
  await db.schedulerRun.upsert({
    where: { name: "sweep" },
    create: { name: "sweep", lastRunAt: ranAt },
    update: { lastRunAt: ranAt },
  });
  return { expiredProposals, closing, phaseChanges, reminders, digests, purged };
}
