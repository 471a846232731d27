import "server-only";
export type OutgoingMessage = {
  id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
  idempotencyKey: string;
};

export type Transport = {
  name: "resend" | "mailbox";
  send(message: OutgoingMessage): Promise<{ providerId: string }>;
};

/** A failed send. `permanent` errors are not retried; `retryAfterMs` honours the provider. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}
