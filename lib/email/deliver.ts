import "server-only";
import { createHash } from "node:crypto";
import { describe, log } from "@/lib/log";
import { prisma as defaultPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { endHold, holdRecord, holdUntil, startHold } from "./hold";
import { holdsSecretLink, isReminder, languageOf, messageFor, UnreadableLinkError } from "./registry";
import { listUnsubscribeHeaders } from "./unsubscribe";
import { renderEmail } from "./render";
import { mailboxTransport } from "./transports/mailbox";
import { resendTransport } from "./transports/resend";
import { DeliveryError, type OutgoingMessage, type Transport } from "./transports/types";

export const MAX_ATTEMPTS = 8;
const LOCK_MINUTES = 5;

type Claimed = {
  id: string;
  toUserId: string | null;
  template: string;
  payload: unknown;
  toEmail: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string> | null;
  attachments: { filename: string; contentType: string; content: string }[] | null;
  idempotencyKey: string;
  attempts: number;
  /** The recipient's language when the message was claimed. */
  userLocale: string | null;
};

export type DeliveryOptions = {
  prisma?: PrismaClient;
  transport?: Transport;
  now?: () => Date;
  batchSize?: number;
};

export type DeliveryReport = { sent: number; retried: number; failed: number; expired: number; held: number };

export function defaultTransport(prisma: PrismaClient = defaultPrisma): Transport {
  const { RESEND_API_KEY, RESEND_API_URL, EMAIL_MAX_PER_SECOND } = env();
  return RESEND_API_KEY
    ? resendTransport(RESEND_API_KEY, RESEND_API_URL, EMAIL_MAX_PER_SECOND)
    : mailboxTransport(prisma);
}

/**
 * Delivers the emails that are due, in batches, until none is left. Messages are claimed with
 * FOR UPDATE SKIP LOCKED, so several workers can run at once and each message goes to one of
 * them; a claim left by a crashed worker is taken again after LOCK_MINUTES, and the
 * idempotency key keeps that second attempt from sending twice.
 */
export async function deliverDueEmails(options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const prisma = options.prisma ?? defaultPrisma;
  const transport = options.transport ?? defaultTransport(prisma);
  const now = options.now ?? (() => new Date());
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, expired: 0, held: 0 };
  // Paced to the provider's rate (EMAIL_MAX_PER_SECOND): one request every `gap` ms at most.
  const gap = transport.maxPerSecond ? 1000 / transport.maxPerSecond : 0;
  let lastSend = 0;
  for (;;) {
    // While sending is held nothing is claimed; the hold's end lets the next run try again, and
    // its first success removes it.
    let hold = await holdRecord(prisma);
    if (hold && hold.until > now()) return report;
    const batch = await claim(prisma, now(), options.batchSize ?? (transport.sendBatch ? BATCH_MAX : 20));
    if (batch.length === 0) return report;
    const groups = groupsOf(batch, transport);
    for (const [index, group] of groups.entries()) {
      const wait = lastSend + gap - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastSend = Date.now();
      const outcomes =
        group.length > 1
          ? await deliverGroup(prisma, transport, group, now)
          : [await deliverOne(prisma, transport, group[0], now)];
      for (const outcome of outcomes) report[outcome] += 1;
      if (hold && outcomes.includes("sent")) {
        await endHold(prisma);
        hold = null;
      }
      if (outcomes.includes("held")) {
        // The rest goes back untouched, its attempts not spent.
        await release(prisma, groups.slice(index + 1).flat());
        return report;
      }
    }
  }
}

const BATCH_MAX = 100;

/**
 * A claimed batch in sending order: the messages of one template without attachments go
 * together (Resend's batch endpoint, up to 100 to a request) when the transport can; sign-in
 * links, messages with attachments and the rest go one by one.
 */
function groupsOf(batch: Claimed[], transport: Transport): Claimed[][] {
  if (!transport.sendBatch) return batch.map((m) => [m]);
  const byTemplate = new Map<string, Claimed[]>();
  const single: Claimed[][] = [];
  for (const message of batch) {
    if (holdsSecretLink(message.template) || message.attachments?.length) single.push([message]);
    else byTemplate.set(message.template, [...(byTemplate.get(message.template) ?? []), message]);
  }
  const grouped = [...byTemplate.values()].flatMap((list) =>
    Array.from({ length: Math.ceil(list.length / BATCH_MAX) }, (_, i) =>
      list.slice(i * BATCH_MAX, (i + 1) * BATCH_MAX),
    ),
  );
  return [...single, ...grouped];
}

async function release(prisma: PrismaClient, messages: Claimed[]) {
  if (!messages.length) return;
  await prisma.emailMessage.updateMany({
    where: { id: { in: messages.map((m) => m.id) } },
    data: { status: "PENDING", attempts: { decrement: 1 }, lockedUntil: null },
  });
}

async function claim(prisma: PrismaClient, now: Date, limit: number): Promise<Claimed[]> {
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  return prisma.$queryRaw<Claimed[]>`
    UPDATE "EmailMessage"
       SET status = 'SENDING', attempts = attempts + 1, "lockedUntil" = ${lockedUntil}
     WHERE id IN (
       SELECT id FROM "EmailMessage"
        WHERE (status = 'PENDING' AND "nextAttemptAt" <= ${now})
           OR (status = 'SENDING' AND "lockedUntil" < ${now})
        ORDER BY "nextAttemptAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, template, payload, "toUserId", "toEmail", subject, html, text, headers, attachments, "idempotencyKey", attempts,
              (SELECT u.locale::text FROM "User" u WHERE u.id = "EmailMessage"."toUserId") AS "userLocale"`;
}

function outgoing(message: Claimed): OutgoingMessage {
  return {
    id: message.id,
    from: env().EMAIL_FROM,
    to: message.toEmail,
    // Replies reach the secretariat, not the sending address.
    replyTo: env().CONTACT_EMAIL,
    subject: message.subject,
    html: message.html,
    text: message.text,
    headers: {
      ...(isReminder(message.template) && message.toUserId ? listUnsubscribeHeaders(message.toUserId) : {}),
      ...(message.headers ?? {}),
    },
    attachments: message.attachments ?? [],
    idempotencyKey: message.idempotencyKey,
  };
}

async function markSent(prisma: PrismaClient, message: Claimed, providerId: string, now: () => Date) {
  const secret = holdsSecretLink(message.template);
  await prisma.emailMessage.update({
    where: { id: message.id },
    data: {
      status: "SENT",
      providerId,
      sentAt: now(),
      lockedUntil: null,
      lastError: null,
      // The copy kept for the log shows a placeholder where the sign-in link was.
      ...(secret ? await rendered(message, { preview: true }) : {}),
    },
  });
}

async function deliverOne(
  prisma: PrismaClient,
  transport: Transport,
  message: Claimed,
  now: () => Date,
): Promise<keyof DeliveryReport> {
  if (holdsSecretLink(message.template) && linkExpired(message.payload, now())) {
    await prisma.emailMessage.update({
      where: { id: message.id },
      data: {
        status: "EXPIRED",
        lockedUntil: null,
        lastError: "The sign-in link expired before the email could be sent.",
      },
    });
    return "expired";
  }
  try {
    if (!message.html) await renderDeferred(prisma, message);
    const { providerId } = await transport.send(outgoing(message));
    await markSent(prisma, message, providerId, now);
    return "sent";
  } catch (error) {
    return recordFailure(prisma, message, error, now);
  }
}

/** One request for the group; an error about a message of it sends them one by one instead. */
async function deliverGroup(
  prisma: PrismaClient,
  transport: Transport,
  group: Claimed[],
  now: () => Date,
): Promise<(keyof DeliveryReport)[]> {
  try {
    for (const message of group) if (!message.html) await renderDeferred(prisma, message);
    const key = createHash("sha256")
      .update(group.map((m) => m.idempotencyKey).join(","))
      .digest("hex");
    const ids = await transport.sendBatch!(group.map(outgoing), `batch-${key}`);
    for (const [i, message] of group.entries()) await markSent(prisma, message, ids[i], now);
    return group.map(() => "sent");
  } catch (error) {
    if (error instanceof DeliveryError && error.hold) {
      const outcome = await recordFailure(prisma, group[0], error, now);
      await release(prisma, group.slice(1));
      return [outcome];
    }
    if (error instanceof DeliveryError && !error.permanent)
      return Promise.all(group.map((message) => recordFailure(prisma, message, error, now)));
    const outcomes: (keyof DeliveryReport)[] = [];
    for (const message of group) {
      const outcome = await deliverOne(prisma, transport, message, now);
      outcomes.push(outcome);
      if (outcome === "held") {
        await release(prisma, group.slice(outcomes.length));
        break;
      }
    }
    return outcomes;
  }
}

/** A failed send: held (the attempt given back), retried after a backoff, or failed for good. */
async function recordFailure(
  prisma: PrismaClient,
  message: Claimed,
  error: unknown,
  now: () => Date,
): Promise<keyof DeliveryReport> {
  if (error instanceof DeliveryError && error.hold) {
    // Not this message's fault: it waits for the hold's end with its attempt given back.
    const until = holdUntil(error.hold.reason, error.hold.retryAfterMs, now());
    await startHold(prisma, error.hold.reason, until, error.message.slice(0, 500));
    await prisma.emailMessage.update({
      where: { id: message.id },
      data: {
        status: "PENDING",
        attempts: { decrement: 1 },
        lastError: error.message.slice(0, 1000),
        lockedUntil: null,
        nextAttemptAt: until,
      },
    });
    log.warn({ event: "email_hold", reason: error.hold.reason, until }, "email sending held");
    return "held";
  }
  const permanent = error instanceof DeliveryError ? error.permanent : error instanceof UnreadableLinkError;
  const lastAttempt = message.attempts >= MAX_ATTEMPTS;
  const delay = Math.max(backoffMs(message.attempts), error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0);
  await prisma.emailMessage.update({
    where: { id: message.id },
    data: {
      status: permanent || lastAttempt ? "FAILED" : "PENDING",
      lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
      lockedUntil: null,
      nextAttemptAt: new Date(now().getTime() + delay),
    },
  });
  if (permanent || lastAttempt) {
    log.error(
      { event: "email_failed", emailId: message.id, attempts: message.attempts, error: describe(error) },
      "email failed for good",
    );
    return "failed";
  }
  return "retried";
}

/**
 * Emails stored unrendered (lib/email/registry.ts) are rendered before their first send, in the
 * recipient's language at that moment, and the result kept for the retries, except those holding
 * a sign-in link, rendered for each attempt and never stored with it.
 */
async function renderDeferred(prisma: PrismaClient, message: Claimed) {
  const { subject, html, text } = await rendered(message);
  Object.assign(message, { subject, html, text });
  if (!holdsSecretLink(message.template))
    await prisma.emailMessage.update({ where: { id: message.id }, data: { subject, html, text } });
}

async function rendered(message: Claimed, options: { preview?: boolean } = {}) {
  const locale = languageOf(message.userLocale, message.payload);
  const built = messageFor(message.template, message.payload, message.toUserId, locale, options);
  if (!built) throw new DeliveryError(`Unknown email template ${message.template}`, true);
  return { subject: built.subject, ...(await renderEmail(built.element)) };
}

function linkExpired(payload: unknown, now: Date) {
  const expiresAt = (payload as { expiresAt?: unknown } | null)?.expiresAt;
  return typeof expiresAt !== "string" || !(Date.parse(expiresAt) > now.getTime());
}

/** 30 s, 1 min, 2 min, … up to 6 h, with ±20 % jitter so retries of a burst spread out. */
export function backoffMs(attempt: number): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}
