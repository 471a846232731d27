import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { addDays, isoDay, madridDay } from "@/lib/dates";
import type { MentorshipNudgeKind } from "@/emails/reminders/MentorshipNudgeEmail";
import { Prisma } from "@/lib/generated/prisma/client";
import { notQueued, packed, SEPARATOR, subjectFor, type QueuedReminder } from "@/lib/email/registry";
import { ANSWERING_PHASES } from "@/lib/matching/respond";
import { effectivePeriod } from "@/lib/mentorships/period";
import { meetingCompliance, type MeetingForCompliance } from "@/lib/mentorships/rules";
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
        path: "/sollicitud",
        props: {
          editionName: edition.name,
          closesOn: isoDay(edition.applicationsCloseOn),
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
      path: "/disponibilitat",
      props: { editionName: edition.name, matchingDeadlineOn: isoDay(edition.matchingDeadlineOn) },
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
      path: `/propostes/${p.id}`,
      props: { municipality: p.application.municipality.name, respondBy: isoDay(madridDay(p.respondBy)) },
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
        path: `/secretaria/convocatories/${edition.id}/matching`,
        props: { mentorName: p.mentor.name ?? p.mentor.email, municipality: p.application.municipality.name },
      }),
    );
  });
};

/** What the mentorship rules read of each open mentorship: one query, no people (see resolve()). */
type OpenMentorship = {
  id: string;
  status: "AGREEING" | "ACTIVE" | "CLOSING";
  acceptedAt: Date;
  agreedStartOn: Date | null;
  endOn: Date | null;
  closingAt: Date | null;
  firstContactOn: Date | null;
  mentorId: string;
  menteeId: string;
  agreementStatus: string | null;
  sheetId: string | null;
  sheetStatus: string | null;
  changesRequestedAt: Date | null;
  evaluationRoles: string[];
};

function openMentorships(ctx: SweepContext) {
  return ctx.db.$queryRaw<OpenMentorship[]>`
    SELECT m.id, m.status::text AS status, m."acceptedAt", m."agreedStartOn", m."endOn", m."closingAt", m."firstContactOn",
           m."mentorId", m."menteeId", a.status::text AS "agreementStatus",
           r.id AS "sheetId", r.status::text AS "sheetStatus", r."changesRequestedAt",
           CASE WHEN m.status = 'CLOSING'
                THEN ARRAY(SELECT e."authorRole"::text FROM "Evaluation" e WHERE e."mentorshipId" = m.id)
                ELSE '{}'::text[] END AS "evaluationRoles"
      FROM "Mentorship" m
      LEFT JOIN "Agreement" a ON a."mentorshipId" = m.id
      LEFT JOIN "RecordSheet" r ON r."mentorshipId" = m.id
     WHERE m."editionId" = ${ctx.edition.id}
       AND m.status IN ('AGREEING', 'ACTIVE', 'CLOSING')
       AND m."startEmailSentAt" IS NOT NULL`;
}

/** The meetings of the mentorships whose mid-term reminder is due and not queued yet. */
async function meetingsOf(db: SweepContext["db"], ids: string[]) {
  const byMentorship = new Map<string, MeetingForCompliance[]>(ids.map((id) => [id, []]));
  if (!ids.length) return byMentorship;
  const meetings = await db.meeting.findMany({
    where: { mentorshipId: { in: ids } },
    select: { mentorshipId: true, status: true, mode: true, confirmedAt: true, startsAt: true },
  });
  for (const { mentorshipId, ...meeting } of meetings) byMentorship.get(mentorshipId)!.push(meeting);
  return byMentorship;
}

/**
 * A reminder about a mentorship before its people are read: the key says whether it is already
 * queued, so a sweep with nothing new reads no one. Plain data (no closure per candidate: a
 * sweep makes tens of thousands); `resolve` turns it into the reminder once its people are read.
 */
type Candidate = {
  dedupeKey: string;
  toId: string;
  /** The other party of the pair: the reminder names them. */
  otherId: string;
  template: "reminder-mentorship" | "reminder-closure-pending";
  path: string;
  props: Record<string, unknown>;
  /** The mid-term check: due only when too few meetings were held (counted once they are read). */
  midterm?: { mentorshipId: string; period: ReturnType<typeof effectivePeriod> };
};

const otherOf = (m: OpenMentorship, toId: string) => (toId === m.menteeId ? m.mentorId : m.menteeId);

function nudge(
  m: OpenMentorship,
  toId: string,
  kind: MentorshipNudgeKind,
  dedupeKey: string,
  props: Record<string, unknown>,
): Candidate {
  return {
    dedupeKey,
    toId,
    otherId: otherOf(m, toId),
    template: "reminder-mentorship",
    path: `/acompanyaments/${m.id}`,
    props: { kind, ...props },
  };
}

/** Both parties, each with the other one. */
const bothWays = (m: OpenMentorship) => [m.menteeId, m.mentorId];

/**
 * The rules about the course of each mentorship, computed from one query per edition, from each
 * mentorship's effective start (lib/mentorships/period.ts). First contact and agreement are asked
 * for in the mentoring phase only; meetings, the end and the closure until the edition closes.
 */
function mentorshipRules(ctx: SweepContext, mentorships: OpenMentorship[]): Candidate[] {
  const { settings, today, edition } = ctx;
  const out: Candidate[] = [];
  for (const m of mentorships) {
    const period = effectivePeriod(m, edition);
    const start = period.start;
    const sinceStart = daysBetween(start, today);
    const open = (m.status === "AGREEING" || m.status === "ACTIVE") && edition.phase === "MENTORING" && sinceStart >= 0;
    if (open && !m.firstContactOn && settings.noFirstContact.enabled) {
      const o = offsetAfter(settings.noFirstContact.offsets, sinceStart);
      if (o !== null)
        out.push(nudge(m, m.menteeId, "no-first-contact", `no-first-contact:${m.id}:${o}`, { days: sinceStart }));
    }
    if (open && m.agreementStatus !== "CONFIRMED" && settings.noAgreement.enabled) {
      const o = offsetAfter(settings.noAgreement.offsets, sinceStart);
      if (o !== null)
        for (const to of bothWays(m))
          out.push(nudge(m, to, "no-agreement", `no-agreement:${m.id}:${o}:${to}`, { days: sinceStart }));
    }
    if (m.status === "ACTIVE" && m.endOn) {
      const midpoint = addDays(start, Math.floor(daysBetween(start, m.endOn) / 2));
      const o = settings.meetingsMidterm.enabled
        ? offsetAfter(settings.meetingsMidterm.offsets, daysBetween(midpoint, today))
        : null;
      if (o !== null)
        for (const to of bothWays(m))
          out.push({
            ...nudge(m, to, "meetings-midterm", `meetings-midterm:${m.id}:${o}:${to}`, { days: 0 }),
            midterm: { mentorshipId: m.id, period },
          });
      const left = daysBetween(today, m.endOn);
      const e = settings.endApproaching.enabled ? offsetBefore(settings.endApproaching.offsets, left) : null;
      if (e !== null)
        for (const to of bothWays(m))
          out.push(
            nudge(m, to, "end-approaching", `end-approaching:${m.id}:${e}:${to}`, {
              days: left,
              endOn: isoDay(m.endOn),
            }),
          );
    }
    if (m.status === "CLOSING") out.push(...closureRules(ctx, m));
  }
  return out;
}

function closureRules(ctx: SweepContext, m: OpenMentorship): Candidate[] {
  const { settings, today } = ctx;
  const out: Candidate[] = [];
  const ended = m.endOn && m.endOn < today ? m.endOn : madridDay(m.closingAt ?? ctx.now);
  const since = daysBetween(ended, today);
  const o = settings.closurePending.enabled ? offsetAfter(settings.closurePending.offsets, since) : null;
  const fitxaMissing = !m.sheetId || m.sheetStatus === "DRAFT";
  if (o !== null) {
    for (const [toId, role] of [
      [m.menteeId, "MENTEE"],
      [m.mentorId, "MENTOR"],
    ] as const) {
      const evaluation = !m.evaluationRoles.includes(role);
      const fitxa = role === "MENTEE" && fitxaMissing;
      if (!evaluation && !fitxa) continue;
      out.push({
        dedupeKey: `closure-pending:${m.id}:${o}:${toId}`,
        toId,
        otherId: otherOf(m, toId),
        template: "reminder-closure-pending",
        path: `/acompanyaments/${m.id}`,
        props: { days: since, evaluation, fitxa },
      });
    }
  }
  if (m.sheetStatus === "CHANGES_REQUESTED" && m.changesRequestedAt && settings.fitxaChanges.enabled) {
    const days = daysBetween(madridDay(m.changesRequestedAt), today);
    const f = offsetAfter(settings.fitxaChanges.offsets, days);
    if (f !== null)
      out.push({
        dedupeKey: `fitxa-changes:${m.sheetId}:${m.changesRequestedAt.toISOString()}:${f}`,
        toId: m.menteeId,
        otherId: m.mentorId,
        template: "reminder-closure-pending",
        path: `/acompanyaments/${m.id}/fitxa`,
        props: { days, evaluation: false, fitxa: true, changesRequested: true },
      });
  }
  return out;
}

// recipientSelect's columns, for the query below.
const RECIPIENT_COLUMNS = Prisma.raw(
  Object.keys(recipientSelect)
    .map((column) => `"${column}"`)
    .join(", "),
);

/** The people the reminders go to and are about, in one query however many (a sweep may name thousands). */
async function peopleByIds(db: SweepContext["db"], ids: string[]): Promise<Map<string, Recipient>> {
  const people = await db.$queryRaw<Recipient[]>`
    SELECT ${RECIPIENT_COLUMNS} FROM "User" WHERE id = ANY(string_to_array(${packed(ids)}, ${SEPARATOR}))`;
  return new Map(people.map((p) => [p.id, p]));
}

/**
 * The people and meetings of the candidates left after dropping those already queued, read once
 * for all of them; then `build` turns a slice of candidates into reminders.
 */
async function reader(ctx: SweepContext, candidates: Candidate[]) {
  const [byId, meetings] = await Promise.all([
    peopleByIds(ctx.db, [...new Set(candidates.flatMap((c) => [c.toId, c.otherId]))]),
    meetingsOf(ctx.db, [...new Set(candidates.flatMap((c) => c.midterm?.mentorshipId ?? []))]),
  ]);
  // A subject reads the candidate's own props (kind, days…), never the other party's name nor
  // the meetings added below: worked out once per template, language and props, as tens of
  // thousands of reminders share a handful of subjects.
  const subjects = new Map<string, string>();
  const subjectOf = (c: Candidate, locale: Recipient["locale"]) => {
    const key = `${c.template}|${locale}|${JSON.stringify(c.props)}`;
    let subject = subjects.get(key);
    if (subject === undefined) subjects.set(key, (subject = subjectFor(c.template, c.props, locale)));
    return subject;
  };
  return (slice: Candidate[]): (QueuedReminder | null)[] =>
    slice.map((c) => {
      let props = c.props;
      if (c.midterm) {
        const held = meetings.get(c.midterm.mentorshipId)!;
        const { met, counted, required, inPerson } = meetingCompliance(held, ctx.edition, c.midterm.period);
        if (met) return null;
        props = { ...props, meetings: { counted, required, inPerson } };
      }
      const to = byId.get(c.toId)!;
      const other = byId.get(c.otherId)!;
      return reminder(to, {
        dedupeKey: c.dedupeKey,
        template: c.template,
        path: c.path,
        props: { other: other.name ?? other.email, ...props },
        subject: subjectOf(c, to.locale),
      });
    });
}

const EDITION_RULES: Partial<Record<ReminderRule, Rule>> = {
  applicationsClosing,
  availabilityPending,
  proposalPending,
  proposalOverdue,
};

/** The phases in which pairs are reminded about their mentorship. */
const MENTORSHIP_PHASES: string[] = ["MENTORING", "CLOSURE"];

/** Reminders resolved and handed on together: the sweep writes one batch while the next is built. */
const BATCH = 5_000;

/**
 * Every reminder due in an edition and not queued yet (people who turned reminders off are left
 * out), handed to `take` in batches as they are built: one batch is queued while the next one's
 * words are written, by two writers in turn. The keys are worked out first and checked against
 * the outbox: on a day with nothing new, the mentorships' people and meetings are never read;
 * otherwise they are read once for every new reminder. Resolves, once every batch is taken, to
 * the sum of what `take` counted; `take` may be writing two batches at once, one per writer.
 */
export async function forEachDueBatch(
  ctx: SweepContext,
  take: (reminders: QueuedReminder[]) => Promise<number>,
  batch = BATCH,
): Promise<number> {
  const [mentorships, ...batches] = await Promise.all([
    MENTORSHIP_PHASES.includes(ctx.edition.phase) ? openMentorships(ctx) : [],
    ...Object.entries(EDITION_RULES)
      .filter(([rule]) => ctx.settings[rule as ReminderRule].enabled)
      .map(([, rule]) => rule!(ctx)),
  ]);
  const editionReminders = batches.flat().filter((r): r is QueuedReminder => r !== null);
  const candidates = mentorshipRules(ctx, mentorships);
  const fresh = await notQueued(
    ctx.db,
    [...editionReminders, ...candidates].map((r) => r.dedupeKey),
  );
  // Two writers, each queuing its batches in turn: PostgreSQL inserts on both cores while the
  // next batch is built, without the batches contending for the same index pages all at once.
  const writers = [Promise.resolve(0), Promise.resolve(0)];
  let next = 0;
  const hand = (reminders: (QueuedReminder | null)[]) => {
    const due = reminders.filter((r): r is QueuedReminder => r !== null);
    if (!due.length) return;
    const k = next++ % writers.length;
    writers[k] = writers[k].then(async (sum) => sum + (await take(due)));
    // A failed write is reported by the Promise.all below, not as an unhandled rejection while
    // the next batch is being built.
    writers[k].catch(() => {});
  };
  hand(editionReminders.filter((r) => fresh.has(r.dedupeKey)));
  const pending = candidates.filter((c) => fresh.has(c.dedupeKey));
  if (pending.length) {
    const build = await reader(ctx, pending);
    for (let i = 0; i < pending.length; i += batch) {
      hand(build(pending.slice(i, i + batch)));
      // Let the writer start on this batch before the next one is built.
      await nextTurn();
    }
  }
  return (await Promise.all(writers)).reduce((sum, n) => sum + n, 0);
}

/** Every reminder due in an edition and not queued yet, at once (see forEachDueBatch). */
export async function dueReminders(ctx: SweepContext): Promise<QueuedReminder[]> {
  const due: QueuedReminder[] = [];
  await forEachDueBatch(ctx, async (batch) => {
    due.push(...batch);
    return batch.length;
  });
  return due;
}
