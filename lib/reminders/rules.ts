import "server-only";
import { addDays, formatDay, madridDay } from "@/lib/dates";
import { applicationsClosingSubject } from "@/emails/reminders/ApplicationsClosingEmail";
import { availabilityPendingSubject } from "@/emails/reminders/AvailabilityPendingEmail";
import { closurePendingSubject } from "@/emails/reminders/ClosurePendingEmail";
import { mentorshipNudgeSubject, type MentorshipNudgeKind } from "@/emails/reminders/MentorshipNudgeEmail";
import { proposalOverdueSubject } from "@/emails/reminders/ProposalOverdueEmail";
import { proposalPendingSubject } from "@/emails/reminders/ProposalPendingEmail";
import type { QueuedReminder } from "@/lib/email/registry";
import { ANSWERING_PHASES } from "@/lib/matching/respond";
import { effectivePeriod } from "@/lib/mentorships/period";
import { meetingCompliance } from "@/lib/mentorships/rules";
import { daysBetween, recipientSelect, reminder, type Recipient, type SweepContext } from "./context";
import { offsetAfter, offsetBefore, type ReminderRule } from "./settings";

type Rule = (ctx: SweepContext) => Promise<(QueuedReminder | null)[]>;

const ACTIVE_PERSON = { deactivatedAt: null, erasedAt: null, approvalStatus: "APPROVED" as const };

/** Applications closing in N days: people with a draft, and registered technicians who have not applied. */
const applicationsClosing: Rule = async ({ db, edition, settings, today }) => {
  if (edition.phase !== "APPLICATIONS" || !edition.isCurrent) return [];
  const offset = offsetBefore(settings.applicationsClosing.offsets, daysBetween(today, edition.applicationsCloseOn));
  if (offset === null) return [];
  const people = await db.user.findMany({
    where: { ...ACTIVE_PERSON, role: "TECHNICIAN", isMentor: false, municipalityId: { not: null } },
    select: {
      ...recipientSelect,
      applications: { where: { editionId: edition.id, live: true }, select: { status: true } },
    },
  });
  const days = daysBetween(today, edition.applicationsCloseOn);
  return people
    .filter((p) => p.applications.every((a) => a.status === "DRAFT"))
    .map((p) => {
      const hasDraft = p.applications.length > 0;
      return reminder(p, {
        dedupeKey: `applications-closing:${edition.id}:${offset}:${p.id}`,
        template: "reminder-applications-closing",
        subject: applicationsClosingSubject({ days: Math.max(days, 1) }),
        path: "/sollicitud",
        props: {
          editionName: edition.name,
          closesOn: formatDay(edition.applicationsCloseOn),
          days: Math.max(days, 1),
          hasDraft,
        },
      });
    });
};

/**
 * Mentors who have not said whether they are available this year: while offers can be made
 * (applications and matching) and the matching deadline it quotes has not passed.
 */
const availabilityPending: Rule = async ({ db, edition, settings, today }) => {
  if ((edition.phase !== "APPLICATIONS" && edition.phase !== "MATCHING") || !edition.isCurrent) return [];
  if (edition.matchingDeadlineOn < today) return [];
  const offset = offsetAfter(settings.availabilityPending.offsets, daysBetween(edition.applicationsOpenOn, today));
  if (offset === null) return [];
  const mentors = await db.user.findMany({
    where: { ...ACTIVE_PERSON, role: "TECHNICIAN", isMentor: true, mentorOffers: { none: { editionId: edition.id } } },
    select: recipientSelect,
  });
  return mentors.map((m) =>
    reminder(m, {
      dedupeKey: `availability-pending:${edition.id}:${offset}:${m.id}`,
      template: "reminder-availability-pending",
      subject: availabilityPendingSubject,
      path: "/disponibilitat",
      props: { editionName: edition.name, matchingDeadlineOn: formatDay(edition.matchingDeadlineOn) },
    }),
  );
};

/** A proposal still pending N days after it was sent, while it can still be answered: the mentor is reminded. */
const proposalPending: Rule = async ({ db, edition, settings, today, now }) => {
  if (!(ANSWERING_PHASES as readonly string[]).includes(edition.phase)) return [];
  const proposals = await db.proposal.findMany({
    where: { editionId: edition.id, status: "PENDING", respondBy: { gte: now } },
    select: {
      id: true,
      createdAt: true,
      respondBy: true,
      mentor: { select: recipientSelect },
      application: { select: { municipality: { select: { name: true } } } },
    },
  });
  return proposals.map((p) => {
    const offset = offsetAfter(settings.proposalPending.offsets, daysBetween(madridDay(p.createdAt), today));
    if (offset === null) return null;
    return reminder(p.mentor, {
      dedupeKey: `proposal-pending:${p.id}:${offset}`,
      template: "reminder-proposal-pending",
      subject: proposalPendingSubject,
      path: `/propostes/${p.id}`,
      props: { municipality: p.application.municipality.name, respondBy: formatDay(madridDay(p.respondBy)) },
    });
  });
};

/** Proposals that expired without an answer, while the secretariat can still propose another mentor: told once per proposal. */
const proposalOverdue: Rule = async ({ db, edition, settings, today, secretariat }) => {
  if (!(ANSWERING_PHASES as readonly string[]).includes(edition.phase)) return [];
  const proposals = await db.proposal.findMany({
    where: { editionId: edition.id, status: "EXPIRED" },
    select: {
      id: true,
      respondBy: true,
      mentor: { select: { name: true, email: true } },
      application: { select: { municipality: { select: { name: true } } } },
    },
  });
  return proposals.flatMap((p) => {
    const offset = offsetAfter(settings.proposalOverdue.offsets, daysBetween(madridDay(p.respondBy), today));
    if (offset === null) return [];
    return secretariat.map((member) =>
      reminder(member, {
        dedupeKey: `proposal-overdue:${p.id}:${member.id}`,
        template: "reminder-proposal-overdue",
        subject: proposalOverdueSubject({ municipality: p.application.municipality.name }),
        path: `/secretaria/convocatories/${edition.id}/matching`,
        props: { mentorName: p.mentor.name ?? p.mentor.email, municipality: p.application.municipality.name },
      }),
    );
  });
};

type OpenMentorship = Awaited<ReturnType<typeof openMentorships>>[number];

function openMentorships(ctx: SweepContext) {
  return ctx.db.mentorship.findMany({
    where: {
      editionId: ctx.edition.id,
      status: { in: ["AGREEING", "ACTIVE", "CLOSING"] },
      startEmailSentAt: { not: null },
    },
    select: {
      id: true,
      status: true,
      acceptedAt: true,
      agreedStartOn: true,
      endOn: true,
      closingAt: true,
      firstContactOn: true,
      mentor: { select: recipientSelect },
      mentee: { select: recipientSelect },
      agreement: { select: { status: true } },
      meetings: { select: { status: true, mode: true, confirmedAt: true, startsAt: true } },
      evaluations: { select: { authorRole: true } },
      recordSheet: { select: { id: true, status: true, changesRequestedAt: true } },
    },
  });
}

function nudge(
  m: OpenMentorship,
  to: Recipient,
  other: Recipient,
  kind: MentorshipNudgeKind,
  key: string,
  props: Record<string, unknown>,
) {
  const days = Number(props.days ?? 0);
  return reminder(to, {
    dedupeKey: key,
    template: "reminder-mentorship",
    subject: mentorshipNudgeSubject({ kind, days }),
    path: `/acompanyaments/${m.id}`,
    props: { kind, other: other.name ?? other.email, ...props },
  });
}

/**
 * The rules about the course of each mentorship, computed from one query per edition, from each
 * mentorship's effective start (lib/mentorships/period.ts). First contact and agreement are asked
 * for in the mentoring phase only; meetings, the end and the closure until the edition closes.
 */
function mentorshipRules(ctx: SweepContext, mentorships: OpenMentorship[]): (QueuedReminder | null)[] {
  const { settings, today, edition } = ctx;
  const out: (QueuedReminder | null)[] = [];
  for (const m of mentorships) {
    const period = effectivePeriod(m, edition);
    const start = period.start;
    const sinceStart = daysBetween(start, today);
    const open = (m.status === "AGREEING" || m.status === "ACTIVE") && edition.phase === "MENTORING" && sinceStart >= 0;
    if (open && !m.firstContactOn && settings.noFirstContact.enabled) {
      const o = offsetAfter(settings.noFirstContact.offsets, sinceStart);
      if (o !== null)
        out.push(
          nudge(m, m.mentee, m.mentor, "no-first-contact", `no-first-contact:${m.id}:${o}`, { days: sinceStart }),
        );
    }
    if (open && m.agreement?.status !== "CONFIRMED" && settings.noAgreement.enabled) {
      const o = offsetAfter(settings.noAgreement.offsets, sinceStart);
      if (o !== null) {
        out.push(
          nudge(m, m.mentee, m.mentor, "no-agreement", `no-agreement:${m.id}:${o}:${m.mentee.id}`, {
            days: sinceStart,
          }),
        );
        out.push(
          nudge(m, m.mentor, m.mentee, "no-agreement", `no-agreement:${m.id}:${o}:${m.mentor.id}`, {
            days: sinceStart,
          }),
        );
      }
    }
    if (m.status === "ACTIVE" && m.endOn) {
      const compliance = meetingCompliance(m.meetings, edition, period);
      const midpoint = addDays(start, Math.floor(daysBetween(start, m.endOn) / 2));
      const o = settings.meetingsMidterm.enabled
        ? offsetAfter(settings.meetingsMidterm.offsets, daysBetween(midpoint, today))
        : null;
      if (o !== null && !compliance.met) {
        const meetings = `${compliance.counted} de ${compliance.required}${compliance.inPerson ? " presencials" : ""}`;
        for (const [to, other] of [
          [m.mentee, m.mentor],
          [m.mentor, m.mentee],
        ] as const) {
          out.push(
            nudge(m, to, other, "meetings-midterm", `meetings-midterm:${m.id}:${o}:${to.id}`, { days: 0, meetings }),
          );
        }
      }
      const left = daysBetween(today, m.endOn);
      const e = settings.endApproaching.enabled ? offsetBefore(settings.endApproaching.offsets, left) : null;
      if (e !== null) {
        for (const [to, other] of [
          [m.mentee, m.mentor],
          [m.mentor, m.mentee],
        ] as const) {
          out.push(
            nudge(m, to, other, "end-approaching", `end-approaching:${m.id}:${e}:${to.id}`, {
              days: left,
              endOn: formatDay(m.endOn),
            }),
          );
        }
      }
    }
    if (m.status === "CLOSING") out.push(...closureRules(ctx, m));
  }
  return out;
}

function closureRules(ctx: SweepContext, m: OpenMentorship): (QueuedReminder | null)[] {
  const { settings, today } = ctx;
  const out: (QueuedReminder | null)[] = [];
  const ended = m.endOn && m.endOn < today ? m.endOn : madridDay(m.closingAt ?? ctx.now);
  const since = daysBetween(ended, today);
  const o = settings.closurePending.enabled ? offsetAfter(settings.closurePending.offsets, since) : null;
  const sheet = m.recordSheet;
  const fitxaMissing = !sheet || sheet.status === "DRAFT";
  if (o !== null) {
    for (const [to, other, role] of [
      [m.mentee, m.mentor, "MENTEE"],
      [m.mentor, m.mentee, "MENTOR"],
    ] as const) {
      const evaluation = !m.evaluations.some((e) => e.authorRole === role);
      const fitxa = role === "MENTEE" && fitxaMissing;
      if (!evaluation && !fitxa) continue;
      out.push(
        reminder(to, {
          dedupeKey: `closure-pending:${m.id}:${o}:${to.id}`,
          template: "reminder-closure-pending",
          subject: closurePendingSubject({ evaluation, fitxa }),
          path: `/acompanyaments/${m.id}`,
          props: { other: other.name ?? other.email, days: since, evaluation, fitxa },
        }),
      );
    }
  }
  if (sheet?.status === "CHANGES_REQUESTED" && sheet.changesRequestedAt && settings.fitxaChanges.enabled) {
    const days = daysBetween(madridDay(sheet.changesRequestedAt), today);
    const f = offsetAfter(settings.fitxaChanges.offsets, days);
    if (f !== null) {
      out.push(
        reminder(m.mentee, {
          dedupeKey: `fitxa-changes:${sheet.id}:${sheet.changesRequestedAt.toISOString()}:${f}`,
          template: "reminder-closure-pending",
          subject: closurePendingSubject({ evaluation: false, fitxa: true, changesRequested: true }),
          path: `/acompanyaments/${m.id}/fitxa`,
          props: {
            other: m.mentor.name ?? m.mentor.email,
            days,
            evaluation: false,
            fitxa: true,
            changesRequested: true,
          },
        }),
      );
    }
  }
  return out;
}

const EDITION_RULES: Partial<Record<ReminderRule, Rule>> = {
  applicationsClosing,
  availabilityPending,
  proposalPending,
  proposalOverdue,
};

/** The phases in which pairs are reminded about their mentorship. */
const MENTORSHIP_PHASES: string[] = ["MENTORING", "CLOSURE"];

/** Every reminder due in an edition (nulls are people who turned reminders off). */
export async function dueReminders(ctx: SweepContext): Promise<QueuedReminder[]> {
  const batches = await Promise.all(
    Object.entries(EDITION_RULES)
      .filter(([rule]) => ctx.settings[rule as ReminderRule].enabled)
      .map(([, rule]) => rule!(ctx)),
  );
  const mentorships = MENTORSHIP_PHASES.includes(ctx.edition.phase) ? await openMentorships(ctx) : [];
  return [...batches.flat(), ...mentorshipRules(ctx, mentorships)].filter((r): r is QueuedReminder => r !== null);
}
