import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { inOrder, pageParam } from "@/lib/pagination";
import { expireOverdueProposals } from "./expire";
import { loadMatchingInputs } from "./load";
import { hardRuleProblem, rankRow, scoreMatrix, scorePair } from "./score";
import { suggestAssignment } from "./suggest";
import { editionWeights, weightsSchema, type Weights } from "./weights";

// Ten applications a page: each is a card with its five best-ranked mentors, their reasons and
// a button for each (twenty made a page of some 370 kB that took over 60 ms to render).
export const BOARD_PAGE_SIZE = { applications: 10, proposals: 25, mentors: 25 } as const;
export type BoardPages = { applications?: string; proposals?: string; mentors?: string };

/**
 * The secretariat's matching board: applications still without a mentor, each with its ranked
 * mentors and the reasons; mentors with places left; proposals pending and accepted. Each list
 * is paged (an edition may hold 1,000 applications and 400 mentors); every open application is
 * still weighed against every mentor, but only the shown page is ranked and explained.
 */
export async function loadMatchingBoard(
  actor: Viewer | null,
  editionId: string,
  pages: BoardPages = {},
  now = new Date(),
) {
  assertPermission(actor, "matching:manage");
  const edition = await prisma.edition.findUnique({ where: { id: editionId } });
  if (!edition) throw notFound();
  await expireOverdueProposals(prisma, { editionId }, now);
  const weights = editionWeights(edition.matchingWeights);
  // Each paged list: its page's ids and its total in one query, then the page's rows.
  const [applicationsPage, proposalsPage] = await Promise.all([
    pagedIds(
      pages.applications,
      BOARD_PAGE_SIZE.applications,
      (skip, take) => prisma.$queryRaw<PagedId[]>`
        SELECT a.id, COUNT(*) OVER ()::int AS total FROM "Application" a
         WHERE a."editionId" = ${editionId} AND a.status = 'SUBMITTED' AND a.live
           AND NOT EXISTS (SELECT 1 FROM "Proposal" p WHERE p."applicationId" = a.id AND p.live)
         ORDER BY a."submittedAt" ASC NULLS LAST, a.id ASC LIMIT ${take} OFFSET ${skip}`,
    ),
    pagedIds(
      pages.proposals,
      BOARD_PAGE_SIZE.proposals,
      (skip, take) => prisma.$queryRaw<PagedId[]>`
        SELECT p.id, COUNT(*) OVER ()::int AS total FROM "Proposal" p
         WHERE p."editionId" = ${editionId} AND p.status IN ('PENDING', 'ACCEPTED')
         ORDER BY p."createdAt" DESC, p.id ASC LIMIT ${take} OFFSET ${skip}`,
    ),
  ]);
  const [inputs, proposalRows] = await Promise.all([
    loadMatchingInputs(prisma, edition, { ids: applicationsPage.ids }),
    prisma.proposal.findMany({
      where: { id: { in: proposalsPage.ids } },
      select: {
        id: true,
        status: true,
        score: true,
        respondBy: true,
        respondedAt: true,
        mentor: { select: { id: true, name: true } },
        application: {
          select: { id: true, applicant: { select: { name: true } }, municipality: { select: { name: true } } },
        },
      },
    }),
  ]);
  const proposals = inOrder(proposalsPage.ids, proposalRows);
  const openCount = applicationsPage.total;
  const proposalCount = proposalsPage.total;
  const mentorsPage = pageParam(pages.mentors, inputs.matchMentors.length, BOARD_PAGE_SIZE.mentors);
  const mentorNames = new Map(inputs.matchMentors.map((m) => [m.id, m.name]));
  // The page's applications against every mentor, scored at once.
  const mentorCount = inputs.matchMentors.length;
  const scores = scoreMatrix(inputs.matchApplications, inputs.matchMentors, weights, inputs.rules);
  const applications = inputs.applications.map((detail, index) => {
    const app = inputs.matchApplications[index];
    const row = scores.subarray(index * mentorCount, (index + 1) * mentorCount);
    const ranked = rankRow(app, row, inputs.matchMentors, weights, 5);
    const sameMunicipality = inputs.matchMentors
      .filter(
        (m) =>
          m.municipalityId === app.municipalityId &&
          hardRuleProblem(app, m, { ...inputs.rules, sameMunicipalityAllowed: new Set([app.id]) }) === null,
      )
      .map((m) => ({ ...scorePair(app, m, weights), name: m.name }));
    return {
      id: detail.id,
      applicant: detail.applicant.name ?? detail.applicant.email,
      municipality: detail.municipality.name,
      comarca: detail.municipality.comarca,
      needs: app.needs.map((n) => ({ topic: n.topicName, priority: n.priority })),
      preferred: app.preferredMentorIds.map((id) => mentorNames.get(id)).filter(Boolean) as string[],
      ranked: ranked.map((r) => ({ ...r, name: mentorNames.get(r.mentorId) ?? "" })),
      sameMunicipality,
    };
  });
  const topicNames = new Map(inputs.offers.flatMap((o) => o.topics.map((t) => [t.id, t.name] as const)));
  const mentors = inputs.matchMentors.slice(mentorsPage.skip, mentorsPage.skip + mentorsPage.take).map((m) => ({
    id: m.id,
    name: m.name,
    comarca: m.comarca,
    capacity: m.capacity,
    committed: m.committed,
    topics: m.topicIds.map((id) => topicNames.get(id) ?? ""),
  }));
  const freePlaces = inputs.matchMentors.reduce((sum, m) => sum + Math.max(0, m.capacity - m.committed), 0);
  return {
    edition,
    weights,
    applications,
    mentors,
    proposals,
    counts: { applications: openCount, mentors: inputs.matchMentors.length, proposals: proposalCount, freePlaces },
    pages: { applications: applicationsPage, mentors: mentorsPage, proposals: proposalsPage },
  };
}

type PagedId = { id: string; total: number };

/**
 * One page of ids and the list's total from `query(skip, take)` (a window count); a page past
 * the end is asked again for the last page.
 */
async function pagedIds(
  asked: string | undefined,
  perPage: number,
  query: (skip: number, take: number) => Promise<PagedId[]>,
) {
  let page = pageParam(asked, Number.MAX_SAFE_INTEGER, perPage);
  let rows = await query(page.skip, page.take);
  if (!rows.length && page.page > 1) {
    const total = (await query(0, 1))[0]?.total ?? 0;
    page = pageParam(asked, total, perPage);
    rows = total ? await query(page.skip, page.take) : [];
  }
  const total = rows[0]?.total ?? 0;
  return { ...pageParam(String(page.page), total, perPage), ids: rows.map((r) => r.id), total };
}

/** "Suggest all": the optimal draft over the board's open applications and free places. */
export async function suggestForEdition(actor: Viewer | null, editionId: string) {
  assertPermission(actor, "matching:manage");
  const edition = await prisma.edition.findUnique({ where: { id: editionId } });
  if (!edition) throw notFound();
  const weights = editionWeights(edition.matchingWeights);
  const inputs = await loadMatchingInputs(prisma, edition);
  const { matchApplications: apps, matchMentors: mentors } = inputs;
  // Scored once: for the optimum and for each pair's alternatives.
  const scores = scoreMatrix(apps, mentors, weights, inputs.rules);
  const suggestion = suggestAssignment(apps, mentors, weights, inputs.rules, scores);
  const names = new Map(mentors.map((m) => [m.id, m.name]));
  const appIndex = new Map(apps.map((a, i) => [a.id, i]));
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  return {
    objective: suggestion.objective,
    // Each pair carries what the draft shows: names, the reasons, and the best alternatives.
    pairs: suggestion.pairs.map((pair) => {
      const index = appIndex.get(pair.applicationId)!;
      const app = apps[index];
      const detail = inputs.applications[index];
      const mentor = mentorById.get(pair.mentorId)!;
      return {
        ...pair,
        reasons: scorePair(app, mentor, weights).reasons,
        applicant: detail.applicant.name ?? detail.applicant.email,
        municipality: detail.municipality.name,
        mentorName: mentor.name,
        alternatives: rankRow(
          app,
          scores.subarray(index * mentors.length, (index + 1) * mentors.length),
          mentors,
          weights,
          5,
        ).map((r) => ({
          ...r,
          name: names.get(r.mentorId) ?? "",
        })),
      };
    }),
  };
}

export async function saveMatchingWeights(
  actor: Viewer | null,
  editionId: string,
  input: Record<keyof Weights, unknown>,
) {
  assertPermission(actor, "matching:manage");
  const weights = weightsSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.edition.updateMany({ where: { id: editionId }, data: { matchingWeights: weights } });
    if (!count) throw notFound();
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "edition.weights_changed",
      entityType: "Edition",
      entityId: editionId,
      data: weights,
    });
    return weights;
  });
}

export type MatchingBoard = Awaited<ReturnType<typeof loadMatchingBoard>>;
