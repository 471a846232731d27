import "server-only";
import { prisma as defaultPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { HoldReason } from "./transports/types";

// A hold stops all sending for a while without spending any message's attempts (lib/email/
// deliver.ts): Resend's daily or monthly quota is used up, or it refuses the key or the sender.
// One row per provider; the first send that succeeds after it removes it.

const PROVIDER = "resend";
const CONFIGURATION_RETRY_MINUTES = 10;

/** When a hold ends: when the provider says, or when the quota resets (UTC), or in a few minutes. */
export function holdUntil(reason: HoldReason, retryAfterMs: number | undefined, now: Date): Date {
  if (retryAfterMs) return new Date(now.getTime() + retryAfterMs);
  if (reason === "daily_quota")
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  if (reason === "monthly_quota") return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return new Date(now.getTime() + CONFIGURATION_RETRY_MINUTES * 60_000);
}

export async function activeHold(db: PrismaClient = defaultPrisma, now = new Date()) {
  const hold = await db.emailHold.findUnique({ where: { id: PROVIDER } });
  return hold && hold.until > now ? hold : null;
}

/** Whether there is a hold at all, expired or not (sending resumes, and the row goes with its first success). */
export function holdRecord(db: PrismaClient = defaultPrisma) {
  return db.emailHold.findUnique({ where: { id: PROVIDER } });
}

export async function startHold(db: PrismaClient, reason: HoldReason, until: Date, detail: string) {
  await db.emailHold.upsert({
    where: { id: PROVIDER },
    create: { id: PROVIDER, reason, until, detail },
    update: { reason, until, detail },
  });
}

export async function endHold(db: PrismaClient) {
  await db.emailHold.deleteMany({ where: { id: PROVIDER } });
}
