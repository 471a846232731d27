import "server-only";
import { activeHold } from "@/lib/email/hold";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { addDays } from "@/lib/dates";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import {
  MENTORSHIP_ISSUES,
  mentorshipIssues,
  mentorshipIssueSelect,
  type MentorshipIssue,
} from "@/lib/mentorships/issues";
import { effectivePeriod } from "@/lib/mentorships/period";
import { meetingCompliance } from "@/lib/mentorships/rules";
import { compareCatalan } from "@/lib/i18n/collate";

/** A bar of a chart; `key` names its words in the message files where they are the app's own (not data). */
export type Count = { label: string; value: number; key?: string };
/** A line of "Cal la vostra atenció": its words are dashboard.attention.<key> in the message files, with `values`. */
export type AttentionItem = { key: string; values?: Record<string, string | number>; count: number; href: string };

/**
 * The secretariat's dashboard of an edition: figures, what needs attention (with links),
 * applications by topic and comarca, the funnel, and the comparison with past editions.
 */
export async function getDashboard(
  actor: Viewer | null,
  editionId: string,
  now = new Date(),
  /** The closed editions' figures: the page passes their cached copy (dashboard-cached.ts). */
  closedEditions: () => Promise<EditionFigures[]> = () => editionFigures(true),
) {
  assertPermission(actor, "programme:manage");
  // Six queries in all (five when the closed editions' figures are in the data cache): the
  // figures in one statement, the edition's mentorships (for compliance, and their meetings,
  // evaluations and fitxes counted from the same rows), the two breakdowns, the past editions
  // and the edition itself.
  const [found, [c], mentorships, byTopic, byComarca, history, hold] = await Promise.all([
    prisma.edition.findUnique({ where: { id: editionId } }),
    prisma.$queryRaw<Record<string, number>[]>`
      SELECT
        (SELECT COUNT(*)::int FROM "Application" WHERE "editionId" = ${editionId} AND status = 'SUBMITTED') AS "appsSubmitted",
        (SELECT COUNT(*)::int FROM "Application" WHERE "editionId" = ${editionId} AND status = 'DRAFT') AS "appsDraft",
        (SELECT COUNT(*)::int FROM "Application" WHERE "editionId" = ${editionId} AND status = 'WITHDRAWN') AS "appsWithdrawn",
        (SELECT COUNT(*)::int FROM "MentorOffer" WHERE "editionId" = ${editionId} AND status = 'ACTIVE') AS "offers",
        (SELECT COALESCE(SUM(capacity), 0)::int FROM "MentorOffer" WHERE "editionId" = ${editionId} AND status = 'ACTIVE') AS "capacity",
        (SELECT COUNT(*)::int FROM "Proposal" WHERE "editionId" = ${editionId} AND status = 'PENDING') AS "propPending",
        (SELECT COUNT(*)::int FROM "Proposal" p WHERE p."editionId" = ${editionId}
            AND (p.status = 'EXPIRED' OR (p.status = 'PENDING' AND p."respondBy" < ${now}))
            AND NOT EXISTS (SELECT 1 FROM "Proposal" q WHERE q."applicationId" = p."applicationId" AND q.live)) AS "propOverdue",
        (SELECT COUNT(*)::int FROM "Application" a WHERE a."editionId" = ${editionId} AND a.status = 'SUBMITTED'
            AND NOT EXISTS (SELECT 1 FROM "Proposal" q WHERE q."applicationId" = a.id AND q.live)) AS "appsWithoutMentor",
        (SELECT COUNT(*)::int FROM "Proposal" WHERE "editionId" = ${editionId} AND status = 'ACCEPTED') AS "propAccepted",
        (SELECT COUNT(*)::int FROM "Proposal" WHERE "editionId" = ${editionId} AND status = 'DECLINED') AS "propDeclined",
        (SELECT COUNT(*)::int FROM "Proposal" WHERE "editionId" = ${editionId} AND status = 'EXPIRED') AS "propExpired",
        (SELECT COUNT(*)::int FROM "Communication" WHERE status = 'OPEN') AS "communications",
        (SELECT COUNT(*)::int FROM "EmailMessage" WHERE status = 'FAILED') AS "failedEmails",
        (SELECT COUNT(*)::int FROM "EmailMessage" WHERE status IN ('PENDING', 'SENDING')) AS "pendingEmails",
        (SELECT COUNT(*)::int FROM "User" WHERE "emailProblem" IS NOT NULL AND "erasedAt" IS NULL) AS "emailProblems",
        (SELECT COUNT(*)::int FROM "RateLimitEvent" WHERE bucket = 'sign-in:emails' AND "createdAt" > ${new Date(now.getTime() - 3_600_000)}) AS "signInEmailsLastHour",
        (SELECT COUNT(*)::int FROM "User" WHERE "approvalStatus" = 'PENDING' AND "deactivatedAt" IS NULL AND "erasedAt" IS NULL) AS "registrations"`,
    prisma.mentorship.findMany({
      where: { editionId },
      select: {
        ...mentorshipIssueSelect,
        endOn: true,
        closingAt: true,
        agreement: { select: { status: true, startOn: true } },
        meetings: { select: { status: true, mode: true, confirmedAt: true, startsAt: true } },
        recordSheet: { select: { status: true } },
        _count: { select: { evaluations: true } },
      },
    }),
    prisma.$queryRaw<{ name: string; n: number }[]>`
      SELECT t.name, COUNT(*)::int AS n FROM "ApplicationNeed" x JOIN "Application" a ON a.id = x."applicationId" JOIN "Topic" t ON t.id = x."topicId"
       WHERE a."editionId" = ${editionId} AND a.status = 'SUBMITTED' GROUP BY t.name`,
    prisma.$queryRaw<{ comarca: string; n: number }[]>`
      SELECT m.comarca, COUNT(*)::int AS n FROM "Application" a JOIN "Municipality" m ON m.id = a."municipalityId"
       WHERE a."editionId" = ${editionId} AND a.status = 'SUBMITTED' GROUP BY m.comarca ORDER BY n DESC, m.comarca`,
    editionHistory(closedEditions),
    activeHold(prisma, now),
  ]);

  if (!found) throw notFound();
  const edition = found;
  const statuses = ["AGREEING", "ACTIVE", "CLOSING", "COMPLETED", "CANCELLED"] as const;
  const byStatus = Object.fromEntries(
    statuses.map((s) => [s, mentorships.filter((m) => m.status === s).length]),
  ) as Record<(typeof statuses)[number], number>;
  const compliant = mentorships.filter(
    (m) => meetingCompliance(m.meetings, edition, effectivePeriod(m, edition)).met,
  ).length;
  // Meetings, evaluations and fitxes of the edition, from its mentorships read above.
  const meetings = mentorships.reduce((n, m) => n + m.meetings.length, 0);
  const evaluations = mentorships.reduce((n, m) => n + m._count.evaluations, 0);
  const sheets = (status: "SUBMITTED" | "CHANGES_REQUESTED" | "PUBLISHED") =>
    mentorships.filter((m) => m.recordSheet?.status === status).length;
  const sheetsSubmitted = sheets("SUBMITTED");
  const issues = mentorships.map((m) => mentorshipIssues(m, now));
  const withIssue = (issue: MentorshipIssue) => issues.filter((list) => list.includes(issue)).length;
  const matchingStarted = edition.phase !== "DRAFT" && edition.phase !== "APPLICATIONS";
  const mentorshipsWith = (issue: MentorshipIssue) =>
    `/secretaria/acompanyaments?${new URLSearchParams({ convocatoria: editionId, pendent: issue })}`;
  const overdueFitxes = mentorships.filter(
    (m) =>
      m.status === "CLOSING" &&
      (!m.recordSheet || m.recordSheet.status === "DRAFT" || m.recordSheet.status === "CHANGES_REQUESTED") &&
      m.closingAt &&
      m.closingAt < addDays(now, -21),
  ).length;

  return {
    edition,
    figures: {
      applications: { submitted: c.appsSubmitted, drafts: c.appsDraft, withdrawn: c.appsWithdrawn },
      offers: { mentors: c.offers, capacity: c.capacity },
      proposals: { pending: c.propPending, accepted: c.propAccepted, declined: c.propDeclined, expired: c.propExpired },
      mentorships: byStatus,
      meetings: { logged: meetings, compliantMentorships: compliant, mentorships: mentorships.length },
      evaluations,
      fitxes: { submitted: sheetsSubmitted, changes: sheets("CHANGES_REQUESTED"), published: sheets("PUBLISHED") },
    },
    attention: [
      { key: "registrations", count: c.registrations, href: "/secretaria/persones?status=pending" },
      {
        key: "proposalsPending",
        count: c.propPending,
        href: `/secretaria/convocatories/${editionId}/matching#proposals-heading`,
      },
      {
        key: "proposalsOverdue",
        count: c.propOverdue,
        href: `/secretaria/convocatories/${editionId}/matching#open-heading`,
      },
      ...(matchingStarted
        ? [
            {
              key: "withoutMentor",
              count: c.appsWithoutMentor,
              href: `/secretaria/convocatories/${editionId}/matching#open-heading`,
            },
          ]
        : []),
      ...MENTORSHIP_ISSUES.map((issue) => ({
        key: `issue.${issue}`,
        count: withIssue(issue),
        href: mentorshipsWith(issue),
      })),
      { key: "communications", count: c.communications, href: "/secretaria/comunicacions?status=OPEN" },
      { key: "fitxes", count: sheetsSubmitted, href: "/secretaria/fitxes?status=SUBMITTED" },
      {
        key: "fitxesLate",
        count: overdueFitxes,
        href: "/secretaria/acompanyaments?status=CLOSING",
      },
      { key: "failedEmails", count: c.failedEmails, href: "/secretaria/correus?status=FAILED" },
      {
        key: "emailProblems",
        count: c.emailProblems,
        href: "/secretaria/persones?status=email",
      },
      ...(hold
        ? [
            {
              key: "hold",
              values: { until: hold.until.toISOString(), reason: hold.reason },
              count: c.pendingEmails,
              href: "/secretaria/correus?status=PENDING",
            },
          ]
        : []),
      {
        key: "signInLimit",
        values: { limit: env().SIGN_IN_EMAILS_PER_HOUR },
        count: c.signInEmailsLastHour >= env().SIGN_IN_EMAILS_PER_HOUR ? c.signInEmailsLastHour : 0,
        href: "/secretaria/correus?template=sign-in-link",
      },
    ] as AttentionItem[],
    byTopic: byTopic
      .map((t) => ({ label: t.name, value: t.n }))
      .sort((a, b) => b.value - a.value || compareCatalan(a.label, b.label)),
    byComarca: byComarca.map((c) => ({ label: c.comarca, value: c.n })),
    funnel: [
      { key: "submitted", label: "Sol·licituds enviades", value: c.appsSubmitted },
      { key: "proposed", label: "Amb proposta", value: c.propPending + c.propAccepted },
      { key: "mentorships", label: "Acompanyaments", value: mentorships.length },
      {
        key: "agreement",
        label: "Amb acord confirmat",
        value: mentorships.filter((m) => m.agreement?.status === "CONFIRMED").length,
      },
      { key: "completed", label: "Completats", value: byStatus.COMPLETED },
    ] satisfies Count[],
    history: history.reverse(),
  };
}

export type EditionFigures = {
  id: string;
  name: string;
  year: number;
  applications: number;
  mentorships: number;
  completed: number;
  fitxes: number;
};

/** The comparison with past editions: the six latest, newest first. */
async function editionHistory(closedEditions: () => Promise<EditionFigures[]>): Promise<EditionFigures[]> {
  const [closed, open] = await Promise.all([closedEditions(), editionFigures(false)]);
  return [...open, ...closed].sort((a, b) => b.year - a.year).slice(0, HISTORY_LENGTH);
}

const HISTORY_LENGTH = 6;

/**
 * The figures of the latest editions, closed ones or the others. A closed edition's figures
 * hardly change (a name corrected, a late fitxa published): the page keeps them in Next's data
 * cache (dashboard-cached.ts).
 */
export function editionFigures(closed: boolean) {
  return prisma.$queryRaw<EditionFigures[]>`
    SELECT e.id, e.name, e.year,
           (SELECT COUNT(*)::int FROM "Application" a WHERE a."editionId" = e.id AND a.status = 'SUBMITTED') AS applications,
           m.mentorships, m.completed, m.fitxes
      FROM (SELECT id, name, year FROM "Edition" WHERE (phase = 'CLOSED') = ${closed}
             ORDER BY year DESC LIMIT ${HISTORY_LENGTH}) e
      -- One pass over each edition's mentorships and their fitxes (not one scan of every
      -- fitxa per edition).
      CROSS JOIN LATERAL (
        SELECT COUNT(*)::int AS mentorships,
               (COUNT(*) FILTER (WHERE ms.status = 'COMPLETED'))::int AS completed,
               (COUNT(*) FILTER (WHERE r.status = 'PUBLISHED'))::int AS fitxes
          FROM "Mentorship" ms LEFT JOIN "RecordSheet" r ON r."mentorshipId" = ms.id
         WHERE ms."editionId" = e.id) m`;
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;
