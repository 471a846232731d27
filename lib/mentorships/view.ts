import "server-only";
import { nullsLast, sortable } from "@/lib/sorting";
import { assertPermission } from "@/lib/auth/assert";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";
import { mentorshipAccess } from "./access";
import { TIMELINE_LABELS } from "./audit";
import { advanceDueClosuresBeforeRead } from "./closure";
import { isMentorshipIssue, mentorshipIssues, mentorshipIssueSelect } from "./issues";
import { effectivePeriod } from "./period";
import { checklist, meetingCompliance } from "./rules";

const contact = {
  select: {
    id: true,
    name: true,
    email: true,
    phone: true,
    position: true,
    municipality: { select: { name: true, comarca: true } },
  },
} as const;

/** Everything the mentorship page shows, for the two parties and the secretariat only. */
export async function getMentorshipView(actor: Viewer | null, id: string, now = new Date()) {
  await advanceDueClosuresBeforeRead({ id }, now);
  const { role } = await mentorshipAccess(prisma, actor, id);
  const m = await prisma.mentorship.findUniqueOrThrow({
    where: { id },
    include: {
      edition: true,
      mentor: contact,
      mentee: contact,
      agreement: {
        include: { draftedBy: { select: { id: true, name: true } }, confirmedBy: { select: { name: true } } },
      },
      meetings: {
        orderBy: { startsAt: "asc" },
        include: { loggedBy: { select: { id: true, name: true } }, confirmedBy: { select: { name: true } } },
      },
      extensions: { orderBy: { createdAt: "desc" }, include: { proposedBy: { select: { id: true, name: true } } } },
      evaluations: { select: { authorRole: true, submittedAt: true, authorId: true } },
      recordSheet: { select: { id: true, status: true, reviewNote: true } },
      application: { select: { needs: { select: { topic: { select: { name: true } } } } } },
    },
  });
  const secretariat = can(actor, "mentorship:oversee");
  const [communications, events] = await Promise.all([
    prisma.communication.findMany({
      where: { mentorshipId: id, ...(secretariat ? {} : { senderId: actor!.id }) },
      orderBy: { createdAt: "desc" },
      include: {
        messages: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true, role: true } } } },
      },
    }),
    prisma.auditEvent.findMany({
      where: { entityType: "Mentorship", entityId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  const period = effectivePeriod(
    m,
    m.edition,
    m.extensions.filter((e) => e.status === "ACCEPTED"),
  );
  const compliance = meetingCompliance(m.meetings, m.edition, period);
  return {
    role,
    mentorship: m,
    communications,
    compliance,
    period,
    limit: period.limit,
    start: period.start,
    timeline: events.map((e) => ({
      id: e.id,
      at: e.createdAt,
      action: e.action,
      label: TIMELINE_LABELS[e.action] ?? e.action,
      by: e.actor?.name ?? null,
    })),
    checklist: checklist({
      status: m.status,
      firstContactOn: m.firstContactOn,
      agreementConfirmed: m.agreement?.status === "CONFIRMED",
      compliance,
      endOn: m.endOn,
      evaluations: {
        mentor: m.evaluations.some((e) => e.authorRole === "MENTOR"),
        mentee: m.evaluations.some((e) => e.authorRole === "MENTEE"),
      },
      fitxaPublished: m.recordSheet?.status === "PUBLISHED",
    }),
  };
}

export type MentorshipView = Awaited<ReturnType<typeof getMentorshipView>>;

export const MENTORSHIPS_PAGE_SIZE = 50;

/** The orders of the secretariat's mentorships list (`?ordre=`); the newest first by default. */
export const mentorshipsSort = sortable<Prisma.MentorshipOrderByWithRelationInput>(
  {
    recents: (d) => [{ createdAt: d }],
    parella: (d) => [{ mentee: { name: d } }, { mentor: { name: d } }],
    convocatoria: (d) => [{ edition: { year: d } }, { createdAt: "desc" }],
    estat: (d) => [{ status: d }, { createdAt: "desc" }],
    finalitzacio: (d) => [{ endOn: nullsLast(d) }, { createdAt: "desc" }],
  },
  { key: "recents", direction: "desc" },
  (d) => ({ id: d }),
);

/**
 * The secretariat's list of mentorships, with compliance, one page at a time. `pendent` keeps
 * those with one of the issues of the dashboard's attention list (lib/mentorships/issues.ts).
 */
export async function listMentorships(
  actor: Viewer | null,
  {
    status,
    convocatoria,
    pendent,
    pagina,
    ordre,
  }: { status?: string; convocatoria?: string; pendent?: string; pagina?: string; ordre?: string } = {},
  now = new Date(),
) {
  assertPermission(actor, "mentorship:oversee");
  await advanceDueClosuresBeforeRead({}, now);
  const valid = ["AGREEING", "ACTIVE", "CLOSING", "COMPLETED", "CANCELLED"];
  const where: Prisma.MentorshipWhereInput = {
    ...(valid.includes(status ?? "") ? { status: status as never } : {}),
    ...(convocatoria ? { editionId: convocatoria } : {}),
  };
  const sort = mentorshipsSort.read(ordre);
  const orderBy = mentorshipsSort.orderBy(sort);
  const issue = isMentorshipIssue(pendent) ? pendent : null;
  const withIssue = issue
    ? (await prisma.mentorship.findMany({ where, orderBy, select: mentorshipIssueSelect }))
        .filter((m) => mentorshipIssues(m, now).includes(issue))
        .map((m) => m.id)
    : null;
  const page = await pageByIds(pagina, MENTORSHIPS_PAGE_SIZE, {
    count: async () => withIssue?.length ?? prisma.mentorship.count({ where }),
    ids: async (skip, take) =>
      withIssue
        ? withIssue.slice(skip, skip + take).map((id) => ({ id }))
        : prisma.mentorship.findMany({ where, orderBy, skip, take, select: { id: true } }),
    rows: (ids) => prisma.mentorship.findMany({ where: { id: { in: ids } }, include: mentorshipListInclude }),
  });
  return {
    ...page,
    sort,
    rows: page.rows.map((r) => {
      const period = effectivePeriod(r, r.edition);
      return { ...r, period, compliance: meetingCompliance(r.meetings, r.edition, period) };
    }),
  };
}

const mentorshipListInclude = {
  edition: {
    select: {
      name: true,
      requiredMeetings: true,
      meetingsMustBeInPerson: true,
      mentoringStartOn: true,
      defaultEndOn: true,
      maxDurationMonths: true,
    },
  },
  mentor: { select: { name: true } },
  mentee: { select: { name: true, municipality: { select: { name: true } } } },
  meetings: { select: { status: true, mode: true, confirmedAt: true, startsAt: true } },
} satisfies Prisma.MentorshipInclude;
