import "server-only";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { rateLimitKeyHash, takeRateLimit } from "./rate-limit";

const CEILING = { bucket: "sign-in:emails", key: "all" } as const;
const HOUR_MS = 3_600_000;

/**
 * The limits on asking for a sign-in or registration link, per address and per client (when the
 * client's address is known: lib/auth/client-address.ts). False when either is reached.
 */
export function takeSignInRequest(
  tx: Tx,
  { email, clientKey, now }: { email: string; clientKey: string | undefined; now: Date },
) {
  const config = env();
  const windowMs = config.SIGN_IN_LIMIT_WINDOW_MINUTES * 60_000;
  return takeRateLimit(
    tx,
    [
      { bucket: "sign-in:address", key: email, max: config.SIGN_IN_LIMIT_PER_ADDRESS, windowMs },
      ...(clientKey
        ? [{ bucket: "sign-in:client", key: clientKey, max: config.SIGN_IN_LIMIT_PER_CLIENT, windowMs }]
        : []),
    ],
    now,
  );
}

/**
 * The global ceiling on sign-in and registration emails per hour (SIGN_IN_EMAILS_PER_HOUR), the
 * last guard against a flood from many addresses: false, recording nothing, when it is reached.
 * The person gets the same neutral answer; the secretariat's attention list shows the ceiling.
 */
export function takeSignInEmail(tx: Tx, now: Date) {
  return takeRateLimit(tx, [{ ...CEILING, max: env().SIGN_IN_EMAILS_PER_HOUR, windowMs: HOUR_MS }], now);
}

/** Whether the hourly ceiling of sign-in emails has been reached in the last hour. */
export async function signInCeilingReached(db: Tx | PrismaClient, now = new Date()) {
  const sent = await db.rateLimitEvent.count({
    where: {
      bucket: CEILING.bucket,
      keyHash: rateLimitKeyHash(CEILING.bucket, CEILING.key),
      createdAt: { gt: new Date(now.getTime() - HOUR_MS) },
    },
  });
  return sent >= env().SIGN_IN_EMAILS_PER_HOUR;
}

/**
 * The first checks of a sign-in or registration request: the address's and the client's limits,
 * then the person (null for an unknown address). A deactivated or erased person gets the same
 * answer as everyone (`answer`), with no email.
 */
export async function admitSignInRequest(tx: Tx, request: { email: string; clientKey: string | undefined; now: Date }) {
  if (!(await takeSignInRequest(tx, request))) return { answer: { status: "rate-limited" } as const, person: null };
  const person = await tx.user.findUnique({
    where: { email: request.email },
    select: { id: true, deactivatedAt: true, erasedAt: true },
  });
  if (person && (person.deactivatedAt || person.erasedAt)) return { answer: { status: "accepted" } as const, person };
  return { answer: null, person };
}
