import "server-only";
import { describe, log } from "@/lib/log";
import { prisma as defaultPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { activeHold, endHold, holdUntil, startHold } from "./hold";
import { elementFor, holdsSecretLink, isReminder, UnreadableLinkError } from "./registry";
import { listUnsubscribeHeaders } from "./unsubscribe";
import { renderEmail } from "./render";
import { mailboxTransport } from "./transports/mailbox";
import { resendTransport } from "./transports/resend";
import { DeliveryError, type Transport } from "./transports/types";

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
  // Paced to the provider's rate (EMAIL_MAX_PER_SECOND): one send every `gap` ms at most.
  const gap = transport.maxPerSecond ? 1000 / transport.maxPerSecond : 0;
  let lastSend = 0;
  for (;;) {
    // While sending is held nothing is claimed; the hold's end lets the next run try again.
    if (await activeHold(prisma, now())) return report;
    const batch = await claim(prisma, now(), options.batchSize ?? 20);
    if (batch.length === 0) return report;
    for (const [index, message] of batch.entries()) {
      const wait = lastSend + gap - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastSend = Date.now();
      const outcome = await deliverOne(prisma, transport, message, now);
      report[outcome] += 1;
      if (outcome === "held") {
        // The rest of the batch goes back untouched, its attempts not spent.
        await release(prisma, batch.slice(index + 1));
        return report;
      }
    }
  }
}

async function release(prisma: PrismaClient, messages: Claimed[]) {
  for (const message of messages)
    await prisma.emailMessage.update({
      where: { id: message.id },
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
    RETURNING id, template, payload, "toUserId", "toEmail", subject, html, text, headers, attachments, "idempotencyKey", attempts`;
}

async function deliverOne(
  prisma: PrismaClient,
  transport: Transport,
  message: Claimed,
  now: () => Date,
): Promise<keyof DeliveryReport> {
  const secret = holdsSecretLink(message.template);
  if (secret && linkExpired(message.payload, now())) {
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
    const { providerId } = await transport.send({
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
    });
    await prisma.emailMessage.update({
      where: { id: message.id },
      data: {
        status: "SENT",
        providerId,
        sentAt: now(),
        lockedUntil: null,
        lastError: null,
        // The copy kept for the log shows a placeholder where the sign-in link was.
        ...(secret
          ? await renderEmail(elementFor(message.template, message.payload, message.toUserId, { preview: true })!)
          : {}),
      },
    });
    await endHold(prisma);
    return "sent";
  } catch (error) {
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
}

/**
 * Emails stored unrendered (lib/email/registry.ts) are rendered before their first send and the
 * result kept for the retries, except those holding a sign-in link, rendered for each attempt
 * and never stored with it.
 */
async function renderDeferred(prisma: PrismaClient, message: Claimed) {
  const element = elementFor(message.template, message.payload, message.toUserId);
  if (!element) throw new DeliveryError(`Unknown email template ${message.template}`, true);
  const { html, text } = await renderEmail(element);
  message.html = html;
  message.text = text;
  if (!holdsSecretLink(message.template))
    await prisma.emailMessage.update({ where: { id: message.id }, data: { html, text } });
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
