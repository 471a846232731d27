import "server-only";
import { createElement, type ReactElement } from "react";
import { emailT, isEmailLocale, type EmailLocale, type EmailT } from "@/emails/components/i18n";
import ApplicationsClosingEmail, { applicationsClosingSubject } from "@/emails/reminders/ApplicationsClosingEmail";
import AvailabilityPendingEmail, { availabilityPendingSubject } from "@/emails/reminders/AvailabilityPendingEmail";
import ClosurePendingEmail, { closurePendingSubject } from "@/emails/reminders/ClosurePendingEmail";
import MentorshipNudgeEmail, { mentorshipNudgeSubject } from "@/emails/reminders/MentorshipNudgeEmail";
import ProposalOverdueEmail, { proposalOverdueSubject } from "@/emails/reminders/ProposalOverdueEmail";
import ProposalPendingEmail, { proposalPendingSubject } from "@/emails/reminders/ProposalPendingEmail";
import WeeklyDigestEmail, { weeklyDigestSubject } from "@/emails/reminders/WeeklyDigestEmail";
import SignInLinkEmail, { signInLinkSubject } from "@/emails/SignInLinkEmail";
import ApplicationReceivedEmail, { applicationReceivedSubject } from "@/emails/ApplicationReceivedEmail";
import ApplicationsOpenEmail, { applicationsOpenSubject } from "@/emails/ApplicationsOpenEmail";
import ApprovalDecisionEmail, { approvalDecisionSubject } from "@/emails/ApprovalDecisionEmail";
import ApprovalRequestEmail, { approvalRequestSubject } from "@/emails/ApprovalRequestEmail";
import AvailabilityRequestEmail, { availabilityRequestSubject } from "@/emails/AvailabilityRequestEmail";
import LateApplicationAllowedEmail, { lateApplicationAllowedSubject } from "@/emails/LateApplicationAllowedEmail";
import MentorAssignedEmail, { mentorAssignedSubject } from "@/emails/MentorAssignedEmail";
import MentorInterestEmail, { mentorInterestSubject } from "@/emails/MentorInterestEmail";
import MentoringStartEmail, { mentoringStartSubject } from "@/emails/MentoringStartEmail";
import MentorshipUpdateEmail, { mentorshipUpdateSubject } from "@/emails/MentorshipUpdateEmail";
import OfferConfirmedEmail, { offerConfirmedSubject } from "@/emails/OfferConfirmedEmail";
import ProposalAnsweredEmail, { proposalAnsweredSubject } from "@/emails/ProposalAnsweredEmail";
import ProposalToMentorEmail, { proposalToMentorSubject } from "@/emails/ProposalToMentorEmail";
import ProposalWithdrawnEmail, { proposalWithdrawnSubject } from "@/emails/ProposalWithdrawnEmail";
import RegistrationPendingEmail, { registrationPendingSubject } from "@/emails/RegistrationPendingEmail";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { appUrl } from "./links";
import { renderEmail } from "./render";
import { unseal } from "./sealed";
import { unsubscribePageUrl } from "./unsubscribe";

// Every email is stored as a template name and its props, in the transaction that causes it, and
// rendered by the delivery worker just before sending, in the recipient's language at that
// moment: transactional emails, reminders (queued by the thousand by the sweep) and sign-in links
// (whose link is kept sealed until then: lib/email/sealed.ts).
type Definition = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each template checks its own props
  component: (props: any) => ReactElement;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same props
  subject: (props: any, t: EmailT) => string;
  reminder?: true;
  secretLink?: true;
};

/** A mentorship notice (MentorshipUpdateEmail): the words are the notice's, named in the props. */
const notice = { component: MentorshipUpdateEmail, subject: mentorshipUpdateSubject };

const TEMPLATES = {
  "application-received": { component: ApplicationReceivedEmail, subject: applicationReceivedSubject },
  "late-application-allowed": { component: LateApplicationAllowedEmail, subject: lateApplicationAllowedSubject },
  "offer-confirmed": { component: OfferConfirmedEmail, subject: offerConfirmedSubject },
  "applications-open": { component: ApplicationsOpenEmail, subject: applicationsOpenSubject },
  "availability-request": { component: AvailabilityRequestEmail, subject: availabilityRequestSubject },
  "registration-pending": { component: RegistrationPendingEmail, subject: registrationPendingSubject },
  "approval-request": { component: ApprovalRequestEmail, subject: approvalRequestSubject },
  "mentor-interest": { component: MentorInterestEmail, subject: mentorInterestSubject },
  "approval-decision": { component: ApprovalDecisionEmail, subject: approvalDecisionSubject },
  "proposal-to-mentor": { component: ProposalToMentorEmail, subject: proposalToMentorSubject },
  "proposal-withdrawn": { component: ProposalWithdrawnEmail, subject: proposalWithdrawnSubject },
  "mentor-assigned": { component: MentorAssignedEmail, subject: mentorAssignedSubject },
  "proposal-accepted": { component: ProposalAnsweredEmail, subject: proposalAnsweredSubject },
  "proposal-declined": { component: ProposalAnsweredEmail, subject: proposalAnsweredSubject },
  "mentoring-start": { component: MentoringStartEmail, subject: mentoringStartSubject },
  "agreement-to-confirm": notice,
  "agreement-confirmed": notice,
  "meeting-planned": notice,
  "meeting-logged": notice,
  "meeting-changed": notice,
  "meeting-cancelled": notice,
  "extension-proposed": notice,
  "extension-accepted": notice,
  "extension-declined": notice,
  "communication-received": notice,
  "communication-answered": notice,
  "mentorship-cancelled": notice,
  "completion-proposed": notice,
  "closure-evaluation": notice,
  "closure-evaluation-fitxa": notice,
  "fitxa-submitted": notice,
  "fitxa-changes-requested": notice,
  "fitxa-published": notice,
  "reminder-applications-closing": {
    component: ApplicationsClosingEmail,
    subject: applicationsClosingSubject,
    reminder: true,
  },
  "reminder-availability-pending": {
    component: AvailabilityPendingEmail,
    subject: availabilityPendingSubject,
    reminder: true,
  },
  "reminder-proposal-pending": { component: ProposalPendingEmail, subject: proposalPendingSubject, reminder: true },
  "reminder-proposal-overdue": { component: ProposalOverdueEmail, subject: proposalOverdueSubject, reminder: true },
  "reminder-mentorship": { component: MentorshipNudgeEmail, subject: mentorshipNudgeSubject, reminder: true },
  "reminder-closure-pending": { component: ClosurePendingEmail, subject: closurePendingSubject, reminder: true },
  "weekly-digest": { component: WeeklyDigestEmail, subject: weeklyDigestSubject, reminder: true },
  "sign-in-link": { component: SignInLinkEmail, subject: signInLinkSubject, secretLink: true },
  invitation: { component: SignInLinkEmail, subject: signInLinkSubject, secretLink: true },
} satisfies Record<string, Definition>;

export type TemplateName = keyof typeof TEMPLATES;

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** A template's example props (its PreviewProps), for the previews and the tests that render every template. */
export function examplePropsOf(template: TemplateName): object {
  const component = (TEMPLATES as Record<string, Definition>)[template].component as { PreviewProps?: object };
  return component.PreviewProps ?? {};
}

/** What the stored copy and the email log show where a personal sign-in link was. */
export const LINK_PLACEHOLDER = "[enllaç personal d'entrada: no es conserva al registre]";

/** A sealed sign-in link that cannot be opened (another AUTH_SECRET, or altered). */
export class UnreadableLinkError extends Error {}

/**
 * The subject and element of a stored email in a language, with its links made absolute for the
 * recipient and into that language. A sign-in link is opened for sending only; `preview` (the
 * stored copy, the email log) shows a placeholder.
 */
export function messageFor(
  template: string,
  props: unknown,
  toUserId: string | null,
  locale: EmailLocale,
  { preview = false } = {},
): { subject: string; element: ReactElement } | null {
  const definition = definitionOf(template);
  if (!definition) return null;
  const { path, link, ...rest } = (props ?? {}) as { path?: string; link?: string } & Record<string, unknown>;
  const links = path
    ? { url: appUrl(path, locale), unsubscribeUrl: toUserId ? unsubscribePageUrl(toUserId, locale) : undefined }
    : {};
  const secret = definition.secretLink ? { url: preview ? LINK_PLACEHOLDER : openLink(link) } : {};
  const full = { ...rest, ...links, ...secret, locale };
  return {
    subject: subjectLine(definition.subject(full, emailT(locale))),
    element: createElement(definition.component, full as object),
  };
}

/** A subject is one header line: any line break or control character from the data in it becomes a space. */
export function subjectLine(subject: string) {
  return subject.replace(/[\u0000-\u001F\u007F]+/g, " ").trim();
}

/** The subject of a stored email in a language (what the outbox and the log show before it is sent). */
export function subjectFor(template: TemplateName, props: object, locale: EmailLocale): string {
  const definition: Definition = TEMPLATES[template];
  return subjectLine(definition.subject({ ...props, locale }, emailT(locale)));
}

/** How an email will look, for the secretariat before it is queued (a phase change's emails). */
export async function previewEmail(template: TemplateName, props: object, locale: EmailLocale) {
  const built = messageFor(template, props, null, locale, { preview: true })!;
  return { subject: built.subject, html: (await renderEmail(built.element)).html };
}

/**
 * The language a stored email is rendered in: the recipient's own (`User.locale`, read when it
 * is delivered), else the one it was queued with (an address with no person yet), else Catalan.
 */
export function languageOf(userLocale: string | null | undefined, props: unknown): EmailLocale {
  if (isEmailLocale(userLocale)) return userLocale;
  const queued = (props as { locale?: unknown } | null)?.locale;
  return isEmailLocale(queued) ? queued : "ca";
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
  template: TemplateName;
  to: string;
  toUserId: string;
  subject: string;
  props: Prisma.InputJsonObject;
};

// Tens of thousands of values go to PostgreSQL as one string per column, split there: a text[]
// parameter costs the driver an escaping pass per element (a third of a quiet sweep). The
// separator is a control character, which no key, address, id or template holds, subjects lose
// (subjectLine) and JSON escapes.
export const SEPARATOR = "\u001f";
export function packed(values: string[]) {
  if (values.some((v) => v.includes(SEPARATOR))) throw new Error("A value to queue holds the separator character");
  return values.join(SEPARATOR);
}

/** Of these reminder keys, the ones not in the outbox yet: one query however many. */
export async function notQueued(db: Tx | PrismaClient, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  // A sweep's tens of thousands of keys are looked up in two halves at once, one per connection,
  // so PostgreSQL uses two cores (inside a transaction they simply run one after the other).
  const half = keys.length > 10_000 ? Math.ceil(keys.length / 2) : keys.length;
  const lookups = [];
  for (let i = 0; i < keys.length; i += half)
    lookups.push(db.$queryRaw<{ key: string }[]>`
      SELECT k AS key FROM string_to_table(${packed(keys.slice(i, i + half))}, ${SEPARATOR}) AS k
       WHERE NOT EXISTS (SELECT 1 FROM "EmailMessage" e WHERE e."dedupeKey" = k)`);
  return new Set((await Promise.all(lookups)).flat().map((row) => row.key));
}

/**
 * Queues reminders, skipping any whose key is already in the outbox (the sweep leaves those out
 * beforehand: lib/reminders/rules.ts); returns how many were new. One statement with one array
 * per column: a sweep may queue tens of thousands at once.
 */
export async function queueReminders(db: Tx | PrismaClient, reminders: QueuedReminder[]): Promise<number> {
  if (!reminders.length) return 0;
  return db.$executeRaw`
    INSERT INTO "EmailMessage" (id, template, "toEmail", "toUserId", subject, html, text, payload, "dedupeKey", "idempotencyKey",
                                status, attempts, "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, r.template, r."toEmail", r."toUserId", r.subject, '', '', r.payload::jsonb, r."dedupeKey",
           gen_random_uuid()::text, 'PENDING'::"EmailStatus", 0, now(), now()
      FROM unnest(string_to_array(${packed(reminders.map((r) => r.template))}, ${SEPARATOR}),
                  string_to_array(${packed(reminders.map((r) => r.to))}, ${SEPARATOR}),
                  string_to_array(${packed(reminders.map((r) => r.toUserId))}, ${SEPARATOR}),
                  string_to_array(${packed(reminders.map((r) => subjectLine(r.subject)))}, ${SEPARATOR}),
                  string_to_array(${packed(reminders.map((r) => JSON.stringify(r.props)))}, ${SEPARATOR}),
                  string_to_array(${packed(reminders.map((r) => r.dedupeKey))}, ${SEPARATOR}))
        AS r(template, "toEmail", "toUserId", subject, payload, "dedupeKey")
     -- No reminders to an address that bounced or complained, until the secretariat clears it.
     WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.id = r."toUserId" AND u."emailProblem" IS NOT NULL)
    ON CONFLICT ("dedupeKey") DO NOTHING`;
}
