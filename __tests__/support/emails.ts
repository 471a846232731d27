import { elementFor } from "@/lib/email/registry";
import { renderEmail } from "@/lib/email/render";

/** An outbox message as it will be sent: stored emails as they are, deferred ones rendered now (sign-in links opened). */
export async function asSent(message: {
  template: string;
  payload: unknown;
  toUserId: string | null;
  html: string;
  text: string;
}) {
  if (message.html) return { html: message.html, text: message.text };
  const element = elementFor(message.template, message.payload, message.toUserId);
  if (!element) throw new Error(`Unknown template ${message.template}`);
  return renderEmail(element);
}
