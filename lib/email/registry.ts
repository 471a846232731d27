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

export function elementFor(template: string, props: unknown): ReactElement | null {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template checks its own props
  const component = (TEMPLATES as Record<string, (p: any) => ReactElement>)[template];
  return component ? createElement(component, props as object) : null;
}

export type QueuedReminder = {
  dedupeKey: string;
  template: DeferredTemplate;
  to: string;
  toUserId: string;
  subject: string;
  props: Prisma.InputJsonObject;
  headers?: Record<string, string>;
};

/** Queues reminders, skipping any whose key is already in the outbox; returns how many were new. */
export async function queueReminders(db: Tx | PrismaClient, reminders: QueuedReminder[]): Promise<number> {
  if (!reminders.length) return 0;
  const { count } = await db.emailMessage.createMany({
    data: reminders.map((r) => ({
      template: r.template,
      toEmail: r.to,
      toUserId: r.toUserId,
      subject: r.subject,
      html: "",
      text: "",
      payload: r.props,
      headers: r.headers,
      dedupeKey: r.dedupeKey,
      idempotencyKey: crypto.randomUUID(),
    })),
    skipDuplicates: true,
  });
  return count;
}
