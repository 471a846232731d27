import "server-only";
import crypto from "node:crypto";
import type { ReactElement } from "react";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DeferredTemplate } from "./registry";
import { renderEmail } from "./render";

/** Whom an email goes to: the person's id (for the log and preferences), address, name and language. */
export type Recipient = { id: string; email: string; name: string | null; locale: "ca" | "es" };

export type Attachment = { filename: string; contentType: string; content: string };

export type OutgoingEmail = {
  template: string;
  to: string;
  toUserId?: string | null;
  subject: string;
  element: ReactElement;
  /** What the email log shows of the props; never a secret such as a sign-in link. */
  payload?: Prisma.InputJsonValue;
  /** Reminders: a key that makes a second sweep queue nothing twice. */
  dedupeKey?: string;
  headers?: Record<string, string>;
  /** Files sent with the message (content in base64), e.g. a meeting's .ics. */
  attachments?: Attachment[];
};

/**
 * Queues an email in the caller's transaction (the outbox). It is delivered after the
 * transaction commits, by lib/email/deliver.ts; if the transaction rolls back, nothing is sent.
 */
export async function enqueueEmail(tx: Tx, email: OutgoingEmail) {
  const { html, text } = await renderEmail(email.element);
  return tx.emailMessage.create({
    data: {
      template: email.template,
      toEmail: email.to,
      toUserId: email.toUserId ?? null,
      subject: subjectLine(email.subject),
      html,
      text,
      headers: email.headers,
      attachments: email.attachments,
      payload: email.payload,
      dedupeKey: email.dedupeKey,
      idempotencyKey: crypto.randomUUID(),
    },
    select: { id: true },
  });
}

/**
 * Queues an email of lib/email/registry.ts by its template and props: it is rendered by the
 * delivery worker just before it is sent.
 */
export function enqueueDeferredEmail(
  tx: Tx,
  email: {
    template: DeferredTemplate;
    to: string;
    toUserId?: string | null;
    subject: string;
    props: Prisma.InputJsonObject;
  },
) {
  return tx.emailMessage.create({
    data: {
      template: email.template,
      toEmail: email.to,
      toUserId: email.toUserId ?? null,
      subject: subjectLine(email.subject),
      html: "",
      text: "",
      payload: email.props,
      idempotencyKey: crypto.randomUUID(),
    },
    select: { id: true },
  });
}

/** A subject is one header line: any line break or control character from the data in it becomes a space. */
export function subjectLine(subject: string) {
  return subject.replace(/[\u0000-\u001F\u007F]+/g, " ").trim();
}
