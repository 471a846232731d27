import { deliverDueEmails, type DeliveryOptions } from "@/lib/email/deliver";
import { languageOf, messageFor } from "@/lib/email/registry";
import type { OutgoingMessage, Transport } from "@/lib/email/transports/types";
import { renderEmail } from "@/lib/email/render";

/**
 * An outbox message as it will be sent: stored emails as they are, deferred ones rendered now
 * (sign-in links opened), in the language given or the one they were queued with.
 */
export async function asSent(
  message: {
    template: string;
    payload: unknown;
    toUserId: string | null;
    html: string;
    text: string;
    subject?: string;
  },
  locale?: "ca" | "es",
) {
  if (message.html) return { subject: message.subject, html: message.html, text: message.text };
  const built = messageFor(
    message.template,
    message.payload,
    message.toUserId,
    locale ?? languageOf(null, message.payload),
  );
  if (!built) throw new Error(`Unknown template ${message.template}`);
  return { subject: built.subject, ...(await renderEmail(built.element)) };
}

/** Delivers what is due through a transport that keeps what it is given; returns the messages sent. */
export async function deliverAndCapture(options: Omit<DeliveryOptions, "transport"> = {}) {
  const sent: OutgoingMessage[] = [];
  const transport: Transport = {
    name: "mailbox",
    send: async (m) => (sent.push(m), { providerId: `x${sent.length}` }),
  };
  await deliverDueEmails({ ...options, transport });
  return sent;
}
