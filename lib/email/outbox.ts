import "server-only";
import crypto from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { subjectFor, type TemplateName } from "./registry";

/** Whom an email goes to: the person's id (for the log and preferences), address, name and language. */
export type Recipient = { id: string; email: string; name: string | null; locale: "ca" | "es" };

export type Attachment = { filename: string; contentType: string; content: string };

export type QueuedEmail = {
  template: TemplateName;
  /** A person, or an address with no person yet (a registration link): then the language it was asked in. */
  to: { id: string | null; email: string; locale: "ca" | "es" };
  /**
   * What the template needs, stored as it is (the email log shows it, so never a secret such as
   * a sign-in link: lib/email/sealed.ts); `path` becomes the link, in the recipient's language.
   */
  props: Prisma.InputJsonObject;
  /** A key that makes the same email queue only once (the phase-opening emails). */
  dedupeKey?: string;
  headers?: Record<string, string>;
  /** Files sent with the message (content in base64), e.g. a meeting's .ics. */
  attachments?: Attachment[];
};

/**
 * Queues an email in the caller's transaction (the outbox): its template and props, and the
 * subject in the recipient's language now, for the log. It is rendered and delivered after the
 * transaction commits, by lib/email/deliver.ts, in the recipient's language then; if the
 * transaction rolls back, nothing is sent.
 */
export async function enqueueEmail(tx: Tx, email: QueuedEmail) {
  return tx.emailMessage.create({
    data: {
      template: email.template,
      toEmail: email.to.email,
      toUserId: email.to.id,
      subject: subjectFor(email.template, email.props, email.to.locale),
      html: "",
      text: "",
      headers: email.headers,
      attachments: email.attachments,
      payload: { ...email.props, locale: email.to.locale },
      dedupeKey: email.dedupeKey,
      idempotencyKey: crypto.randomUUID(),
    },
    select: { id: true },
  });
}
