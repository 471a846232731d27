import { createElement, type ReactElement } from "react";
import ApplicationsClosingEmail from "@/emails/reminders/ApplicationsClosingEmail";
import AvailabilityPendingEmail from "@/emails/reminders/AvailabilityPendingEmail";
import ClosurePendingEmail from "@/emails/reminders/ClosurePendingEmail";
import MentorshipNudgeEmail from "@/emails/reminders/MentorshipNudgeEmail";
import ProposalOverdueEmail from "@/emails/reminders/ProposalOverdueEmail";
import ProposalPendingEmail from "@/emails/reminders/ProposalPendingEmail";
import WeeklyDigestEmail from "@/emails/reminders/WeeklyDigestEmail";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import crypto from "node:crypto";
import { appUrl } from "./links";
import { unsubscribePageUrl } from "./unsubscribe";

// Reminders are queued by the thousand by the sweep, so they are stored as a template name and
// its props, and rendered by the delivery worker just before sending.
const TEMPLATES = {
  "reminder-applications-closing": ApplicationsClosingEmail,
  "reminder-availability-pending": AvailabilityPendingEmail,
  "reminder-proposal-pending": ProposalPendingEmail,
  "reminder-proposal-overdue": ProposalOverdueEmail,
  "reminder-mentorship": MentorshipNudgeEmail,
  "reminder-closure-pending": ClosurePendingEmail,
  "weekly-digest": WeeklyDigestEmail,
} as const;

export type DeferredTemplate = keyof typeof TEMPLATES;

/** The element of a stored reminder, with its links made absolute for the recipient. */
export function elementFor(template: string, props: unknown, toUserId: string | null): ReactElement | null {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template checks its own props
  const component = (TEMPLATES as Record<string, (p: any) => ReactElement>)[template];
  if (!component) return null;
  const { path, locale, ...rest } = (props ?? {}) as { path?: string; locale?: string } & Record<string, unknown>;
  const links = path ? { url: appUrl(path, locale), unsubscribeUrl: toUserId ? unsubscribePageUrl(toUserId, locale) : undefined } : {};
  return createElement(component, { ...rest, ...links } as object);
}

export function isDeferred(template: string) {
  return template in TEMPLATES;
}

export type QueuedReminder = {
  dedupeKey: string;
  template: DeferredTemplate;
  to: string;
  toUserId: string;
  subject: string;
  props: Prisma.InputJsonObject;
};

/**
 * Queues reminders, skipping any whose key is already in the outbox; returns how many were new.
 * One statement with one JSON parameter: a sweep may queue tens of thousands at once.
 */
export async function queueReminders(db: Tx | PrismaClient, reminders: QueuedReminder[]): Promise<number> {
  if (!reminders.length) return 0;
  const existing = new Set(
    (
      await db.$queryRaw<{ dedupeKey: string }[]>`
        SELECT "dedupeKey" FROM "EmailMessage" WHERE "dedupeKey" = ANY(${reminders.map((r) => r.dedupeKey)}::text[])`
    ).map((row) => row.dedupeKey),
  );
  const fresh = reminders.filter((r) => !existing.has(r.dedupeKey));
  if (!fresh.length) return 0;
  const rows = fresh.map((r) => ({
    id: crypto.randomUUID(),
    template: r.template,
    toEmail: r.to,
    toUserId: r.toUserId,
    subject: r.subject,
    payload: r.props,
    headers: null,
    dedupeKey: r.dedupeKey,
    idempotencyKey: crypto.randomUUID(),
  }));
  return db.$executeRaw`
    INSERT INTO "EmailMessage" (id, template, "toEmail", "toUserId", subject, html, text, payload, headers, "dedupeKey", "idempotencyKey",
                                status, attempts, "nextAttemptAt", "redactAfterSend", "createdAt")
    SELECT r.id, r.template, r."toEmail", r."toUserId", r.subject, '', '', r.payload, r.headers, r."dedupeKey", r."idempotencyKey",
           'PENDING'::"EmailStatus", 0, now(), false, now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(id text, template text, "toEmail" text, "toUserId" text, subject text, payload jsonb, headers jsonb, "dedupeKey" text, "idempotencyKey" text)
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
