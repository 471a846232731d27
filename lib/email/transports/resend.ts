import "server-only";
import { Resend } from "resend";
import { DeliveryError, type HoldReason, type OutgoingMessage, type Transport } from "./types";

// Resend through its SDK. The Idempotency-Key makes a retry of a message Resend already accepted
// return the first result instead of sending again. What happens after an error depends on its
// name (https://resend.com/docs/api-reference/errors):
// - rate_limit_exceeded, 5xx, concurrent_idempotent_requests, no answer: retried, after
//   Retry-After when given;
// - daily_quota_exceeded, monthly_quota_exceeded: sending holds until the quota resets;
// - a missing, invalid or restricted key, or a sender it refuses: sending holds, tried again
//   every few minutes (lib/email/hold.ts), until a send succeeds;
// - anything else is the message's own problem (e.g. an invalid address): it fails for good.
const CONFIGURATION_ERRORS = new Set([
  "missing_api_key",
  "invalid_api_key",
  "restricted_api_key",
  "invalid_from_address",
]);
const TRANSIENT_ERRORS = new Set([
  "rate_limit_exceeded",
  "concurrent_idempotent_requests",
  "application_error",
  "internal_server_error",
]);

export function resendTransport(apiKey: string, baseUrl: string, maxPerSecond = 2): Transport {
  const client = new Resend(apiKey, { baseUrl: baseUrl.replace(/\/$/, "") });
  return {
    name: "resend",
    maxPerSecond,
    async send(message: OutgoingMessage) {
      let answer: Awaited<ReturnType<typeof client.emails.send>>;
      try {
        answer = await client.emails.send(
          {
            ...payload(message),
            attachments: message.attachments.length
              ? message.attachments.map((a) => ({
                  filename: a.filename,
                  content: a.content,
                  contentType: a.contentType,
                }))
              : undefined,
          },
          { idempotencyKey: message.idempotencyKey },
        );
      } catch (error) {
        throw new DeliveryError(`Resend unreachable: ${String(error)}`, false);
      }
      if (answer.data) return { providerId: answer.data.id };
      throw deliveryError(answer.error, answer.headers);
    },
    // A fan-out of one template (an edition opening, reminders) goes up to 100 to a request.
    async sendBatch(messages: OutgoingMessage[], idempotencyKey: string) {
      let answer: Awaited<ReturnType<typeof client.batch.send>>;
      try {
        answer = await client.batch.send(messages.map(payload), { idempotencyKey });
      } catch (error) {
        throw new DeliveryError(`Resend unreachable: ${String(error)}`, false);
      }
      if (answer.data && answer.data.data.length === messages.length)
        return answer.data.data.map((d: { id: string }) => d.id);
      if (answer.data) throw new DeliveryError("Resend answered a batch with a different number of ids", false);
      throw deliveryError(answer.error, answer.headers);
    },
  };
}

/** What Resend is sent for a message, attachments apart (a batch takes none). */
function payload(message: OutgoingMessage) {
  return {
    from: message.from,
    to: [message.to],
    replyTo: message.replyTo,
    subject: message.subject,
    html: message.html,
    text: message.text,
    headers: Object.keys(message.headers).length ? message.headers : undefined,
  };
}

/** The retry policy for one of Resend's errors (its name, its status code, its response headers). */
export function deliveryError(
  error: { name: string; message?: string; statusCode?: number | null } | null,
  headers: Record<string, string> | null,
): DeliveryError {
  const name = error?.name ?? "application_error";
  const status = error?.statusCode ?? null;
  const text = `Resend answered ${status ?? "?"} ${name}: ${(error?.message ?? "").slice(0, 300)}`;
  const retryAfterMs = parseRetryAfter(headers?.["retry-after"] ?? null);
  const hold = (reason: HoldReason) => new DeliveryError(text, false, undefined, { reason, retryAfterMs });
  if (name === "daily_quota_exceeded") return hold("daily_quota");
  if (name === "monthly_quota_exceeded") return hold("monthly_quota");
  if (CONFIGURATION_ERRORS.has(name) || status === 401 || status === 403) return hold("configuration");
  const transient = TRANSIENT_ERRORS.has(name) || status === 429 || status === 408 || (status ?? 0) >= 500;
  return new DeliveryError(text, !transient, retryAfterMs);
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
