import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { daysBetween } from "@/lib/reminders/context";
import { editionReminderSettings } from "@/lib/reminders/settings";
import { madridDay } from "@/lib/dates";
import { effectiveStart, acceptedOn } from "./period";

// What in a mentorship needs the secretariat, shared by the dashboard's attention list and the
// filtered list of mentorships it links to (?pendent=…), so both always agree.

/** The issues, as they appear in the address (?pendent=…); their words are "labels.mentorshipIssue" messages. */
export const MENTORSHIP_ISSUES = ["primer-contacte", "acord", "dates", "sense-trobades"] as const;

export type MentorshipIssue = (typeof MENTORSHIP_ISSUES)[number];

export const mentorshipIssueSelect = {
  id: true,
  status: true,
  acceptedAt: true,
  agreedStartOn: true,
  firstContactOn: true,
  meetingsRequirementMet: true,
  agreement: { select: { status: true, startOn: true } },
  meetings: { select: { status: true, startsAt: true } },
  edition: { select: { mentoringStartOn: true, reminderSettings: true } },
} satisfies Prisma.MentorshipSelect;

type Row = Prisma.MentorshipGetPayload<{ select: typeof mentorshipIssueSelect }>;

export function mentorshipIssues(m: Row, now: Date): MentorshipIssue[] {
  const today = madridDay(now);
  const issues: MentorshipIssue[] = [];
  const open = m.status === "AGREEING" || m.status === "ACTIVE";
  const settings = editionReminderSettings(m.edition.reminderSettings);
  const sinceStart = daysBetween(effectiveStart(m, m.edition), today);
  if (open && !m.firstContactOn && sinceStart >= Math.min(...settings.noFirstContact.offsets))
    issues.push("primer-contacte");
  if (open && m.agreement?.status !== "CONFIRMED" && sinceStart >= Math.min(...settings.noAgreement.offsets))
    issues.push("acord");
  const accepted = acceptedOn(m);
  const outside =
    (m.firstContactOn && m.firstContactOn < accepted) ||
    (m.agreement?.startOn && m.agreement.startOn < accepted) ||
    m.meetings.some(
      (meeting) => meeting.status === "HELD" && (madridDay(meeting.startsAt) < accepted || meeting.startsAt > now),
    );
  if (outside) issues.push("dates");
  if ((m.status === "CLOSING" || m.status === "COMPLETED") && m.meetingsRequirementMet === false)
    issues.push("sense-trobades");
  return issues;
}

export function isMentorshipIssue(value: string | undefined): value is MentorshipIssue {
  return !!value && (MENTORSHIP_ISSUES as readonly string[]).includes(value);
}
