import "server-only";
export type OutgoingMessage = {
  id: string;
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
  idempotencyKey: string;
};

export type Transport = {
  name: "resend" | "mailbox";
  /** The most sends a second this provider takes (none for the local mailbox). */
  maxPerSecond?: number;
  send(message: OutgoingMessage): Promise<{ providerId: string }>;
  /** Several messages in one request (no attachments), with one idempotency key; their ids in order. */
  sendBatch?(messages: OutgoingMessage[], idempotencyKey: string): Promise<string[]>;
};

/** Why sending as a whole stops for a while: a quota used up, or a key or sender the provider refuses. */
export type HoldReason = "daily_quota" | "monthly_quota" | "configuration";

/**
 * A failed send. `permanent` errors are not retried; `retryAfterMs` honours the provider. With
 * `hold`, the message is not at fault: sending stops for a while, and the attempt is not counted.
 */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
    /** Sending stops: until the quota resets (after `retryAfterMs` when the provider says), or for a while. */
    readonly hold?: { reason: HoldReason; retryAfterMs?: number },
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}
