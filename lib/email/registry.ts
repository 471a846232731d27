import "server-only";
import { createElement, type ReactElement } from "react";
import ApplicationsClosingEmail from "@/emails/reminders/ApplicationsClosingEmail";
import AvailabilityPendingEmail from "@/emails/reminders/AvailabilityPendingEmail";
import ClosurePendingEmail from "@/emails/reminders/ClosurePendingEmail";
import MentorshipNudgeEmail from "@/emails/reminders/MentorshipNudgeEmail";
import ProposalOverdueEmail from "@/emails/reminders/ProposalOverdueEmail";
import ProposalPendingEmail from "@/emails/reminders/ProposalPendingEmail";
import WeeklyDigestEmail from "@/emails/reminders/WeeklyDigestEmail";
import SignInLinkEmail from "@/emails/SignInLinkEmail";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import crypto from "node:crypto";
import { appUrl } from "./links";
import { subjectLine } from "./outbox";
import { unseal } from "./sealed";
import { unsubscribePageUrl } from "./unsubscribe";

// Emails stored as a template name and its props, rendered by the delivery worker just before
// sending: reminders (queued by the thousand by the sweep) and sign-in links (whose link is kept
// sealed until then: lib/email/sealed.ts).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template checks its own props
type Definition = { component: (props: any) => ReactElement; reminder?: true; secretLink?: true };

const TEMPLATES = {
  "reminder-applications-closing": { component: ApplicationsClosingEmail, reminder: true },
  "reminder-availability-pending": { component: AvailabilityPendingEmail, reminder: true },
  "reminder-proposal-pending": { component: ProposalPendingEmail, reminder: true },
  "reminder-proposal-overdue": { component: ProposalOverdueEmail, reminder: true },
  "reminder-mentorship": { component: MentorshipNudgeEmail, reminder: true },
  "reminder-closure-pending": { component: ClosurePendingEmail, reminder: true },
  "weekly-digest": { component: WeeklyDigestEmail, reminder: true },
  "sign-in-link": { component: SignInLinkEmail, secretLink: true },
  invitation: { component: SignInLinkEmail, secretLink: true },
} satisfies Record<string, Definition>;

export type DeferredTemplate = keyof typeof TEMPLATES;

/** What the stored copy and the email log show where a personal sign-in link was. */
export const LINK_PLACEHOLDER = "[enllaç personal d'entrada: no es conserva al registre]";

/** A sealed sign-in link that cannot be opened (another AUTH_SECRET, or altered). */
export class UnreadableLinkError extends Error {}

/**
 * The element of a stored email, with its links made absolute for the recipient. A sign-in link
 * is opened for sending only; `preview` (the stored copy, the email log) shows a placeholder.
 */
export function elementFor(
  template: string,
  props: unknown,
  toUserId: string | null,
  { preview = false } = {},
): ReactElement | null {
  const definition = definitionOf(template);
  if (!definition) return null;
  const { path, locale, link, ...rest } = (props ?? {}) as { path?: string; locale?: string; link?: string } & Record<
    string,
    unknown
  >;
  const links = path
    ? { url: appUrl(path, locale), unsubscribeUrl: toUserId ? unsubscribePageUrl(toUserId, locale) : undefined }
    : {};
  const secret = definition.secretLink ? { url: preview ? LINK_PLACEHOLDER : openLink(link) } : {};
  return createElement(definition.component, { ...rest, ...links, ...secret } as object);
}

function openLink(sealed: string | undefined) {
  const url = sealed ? unseal(sealed) : null;
  if (!url)
    throw new UnreadableLinkError("The sign-in link cannot be opened (AUTH_SECRET changed since it was queued?)");
  return url;
}

function definitionOf(template: string): Definition | undefined {
  return Object.hasOwn(TEMPLATES, template) ? (TEMPLATES as Record<string, Definition>)[template] : undefined;
}

export function isDeferred(template: string) {
  return Boolean(definitionOf(template));
}

/** Reminders carry List-Unsubscribe headers (lib/email/unsubscribe.ts). */
export function isReminder(template: string) {
  return Boolean(definitionOf(template)?.reminder);
}

/** Emails whose body holds a personal sign-in link: never stored with it, never sent once it has expired. */
export function holdsSecretLink(template: string) {
  return Boolean(definitionOf(template)?.secretLink);
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
  // The keys not queued yet (not the ones that are: a sweep with nothing new to queue then
  // reads nothing back).
  const notQueued = new Set(
    (
      await db.$queryRaw<{ key: string }[]>`
        SELECT k AS key FROM unnest(${reminders.map((r) => r.dedupeKey)}::text[]) AS k
         WHERE NOT EXISTS (SELECT 1 FROM "EmailMessage" e WHERE e."dedupeKey" = k)`
    ).map((row) => row.key),
  );
  const fresh = reminders.filter((r) => notQueued.has(r.dedupeKey));
  if (!fresh.length) return 0;
  const rows = fresh.map((r) => ({
    id: crypto.randomUUID(),
    template: r.template,
    toEmail: r.to,
    toUserId: r.toUserId,
    subject: subjectLine(r.subject),
    payload: r.props,
    headers: null,
    dedupeKey: r.dedupeKey,
    idempotencyKey: crypto.randomUUID(),
  }));
  return db.$executeRaw`
    INSERT INTO "EmailMessage" (id, template, "toEmail", "toUserId", subject, html, text, payload, headers, "dedupeKey", "idempotencyKey",
                                status, attempts, "nextAttemptAt", "createdAt")
    SELECT r.id, r.template, r."toEmail", r."toUserId", r.subject, '', '', r.payload, r.headers, r."dedupeKey", r."idempotencyKey",
           'PENDING'::"EmailStatus", 0, now(), now()
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        AS r(id text, template text, "toEmail" text, "toUserId" text, subject text, payload jsonb, headers jsonb, "dedupeKey" text, "idempotencyKey" text)
     -- No reminders to an address that bounced or complained, until the secretariat clears it.
     WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."toUserId" AND u."emailProblem" IS NOT NULL)
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
