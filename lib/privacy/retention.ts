import "server-only";
import { prisma as defaultPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The retention purge, run by the scheduled sweep: expired sign-in links and sessions, old
 * rate-limit entries, and — for closed editions older than RETENTION_YEARS — the personal
 * free text of their records and their emails. The figures and the public fitxes stay.
 */
export async function purgeExpiredData({
  now = new Date(),
  db = defaultPrisma,
  years = env().RETENTION_YEARS,
}: { now?: Date; db?: PrismaClient; years?: number } = {}) {
  const [tokens, sessions, limits] = await Promise.all([
    db.verificationToken.deleteMany({ where: { expires: { lt: now } } }),
    db.session.deleteMany({ where: { expires: { lt: now } } }),
    db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } }),
  ]);
  const cutoffYear = now.getUTCFullYear() - years;
  const old = await db.edition.findMany({ where: { phase: "CLOSED", year: { lt: cutoffYear } }, select: { id: true } });
  const ids = old.map((e) => e.id);
  let editions = 0;
  if (ids.length) {
    await db.$transaction([
      db.application.updateMany({
        where: { editionId: { in: ids }, availability: { not: null } },
        data: { availability: null },
      }),
      db.mentorOffer.updateMany({
        where: { editionId: { in: ids } },
        data: { experience: "", travelArea: null, notes: null },
      }),
      db.proposal.updateMany({ where: { editionId: { in: ids } }, data: { declineReason: null } }),
      db.mentorship.updateMany({
        where: { editionId: { in: ids }, cancelReason: { not: null } },
        data: { cancelReason: "" },
      }),
      db.mentorship.updateMany({
        where: { editionId: { in: ids }, closingReason: { not: null } },
        data: { closingReason: "" },
      }),
      db.meeting.updateMany({
        where: { mentorship: { editionId: { in: ids } } },
        data: { place: null, summary: null, cancelReason: null },
      }),
      db.extension.updateMany({ where: { mentorship: { editionId: { in: ids } } }, data: { reason: "" } }),
      db.communicationMessage.updateMany({
        where: { communication: { mentorship: { editionId: { in: ids } } } },
        data: { body: "" },
      }),
      db.communication.updateMany({ where: { mentorship: { editionId: { in: ids } } }, data: { subject: "" } }),
      db.evaluation.updateMany({ where: { mentorship: { editionId: { in: ids } } }, data: { comments: null } }),
    ]);
    editions = ids.length;
  }
  const emails = await db.emailMessage.deleteMany({
    where: { createdAt: { lt: new Date(Date.UTC(cutoffYear, 0, 1)) } },
  });
  return { tokens: tokens.count, sessions: sessions.count, rateLimits: limits.count, editions, emails: emails.count };
}
