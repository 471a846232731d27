import "server-only";
import { DeliveryError, type OutgoingMessage, type Transport } from "./types";

// Resend's REST API (https://resend.com/docs/api-reference/emails/send-email), called directly
// so that status codes and Retry-After reach the retry policy. The Idempotency-Key makes a
// retry of a message Resend already accepted return the first result instead of sending again.
export function resendTransport(apiKey: string, baseUrl: string): Transport {
  return {
    name: "resend",
    async send(message: OutgoingMessage) {
      let response: Response;
      try {
        response = await fetch(new URL("/emails", baseUrl), {
          method: "POST",
          headers: {
            Authorization: `Bearer ${apiKey}`,
            "Content-Type": "application/json",
            "Idempotency-Key": message.idempotencyKey,
          },
          body: JSON.stringify({
            from: message.from,
            to: [message.to],
            subject: message.subject,
            html: message.html,
            text: message.text,
            headers: Object.keys(message.headers).length ? message.headers : undefined,
            attachments: message.attachments.length
              ? message.attachments.map((a) => ({
                  filename: a.filename,
                  content: a.content,
                  content_type: a.contentType,
                }))
              : undefined,
          }),
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw new DeliveryError(`Resend unreachable: ${String(error)}`, false);
      }
      if (response.ok) {
        const body = (await response.json().catch(() => ({}))) as { id?: string };
        return { providerId: body.id ?? "" };
      }
      const detail = await response.text().catch(() => "");
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
      const transient =
        response.status === 429 ||
        response.status === 408 ||
        response.status >= 500 ||
        (response.status === 409 && detail.includes("concurrent_idempotent_requests"));
      throw new DeliveryError(`Resend answered ${response.status}: ${detail.slice(0, 300)}`, !transient, retryAfterMs);
    },
  };
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
