import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Edition, Prisma } from "@/lib/generated/prisma/client";
import { pairKey, type HardRules, type MatchApplication, type MatchMentor } from "./score";

type OfferRow = {
  id: string;
  mentorId: string;
  capacity: number;
  name: string;
  municipalityId: string | null;
  comarca: string | null;
  population: number | null;
  committed: number;
  topics: { id: string; name: string }[];
};

/** Submitted applications of an edition that have no live (pending or accepted) proposal. */
const openApplicationsWhere = (editionId: string) =>
  ({
    editionId,
    status: "SUBMITTED",
    live: true,
    proposals: { none: { live: true } },
  }) satisfies Prisma.ApplicationWhereInput;

/**
 * The matching's inputs for an edition: submitted applications with no live proposal (all of
 * them, or one page for the board), active offers with their places taken (pending and
 * accepted proposals), and the declined pairs.
 */
export async function loadMatchingInputs(tx: Tx, edition: Pick<Edition, "id">, page?: { ids: string[] }) {
  const [applications, offers, proposals] = await Promise.all([
    tx.application.findMany({
      where: page ? { id: { in: page.ids } } : openApplicationsWhere(edition.id),
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      include: {
        applicant: { select: { id: true, name: true, email: true } },
        municipality: { select: { id: true, name: true, comarca: true, population: true } },
        needs: { include: { topic: { select: { name: true } } } },
        preferredMentors: { orderBy: { rank: "asc" }, select: { mentorId: true } },
      },
    }),
    // Every active offer with its mentor, topics and places taken (live proposals), aggregated
    // in the database: one flat row per offer (a relation-joined read builds nested JSON for
    // each of hundreds of offers, and counting in JavaScript would read every proposal).
    tx.$queryRaw<OfferRow[]>`
      SELECT o.id, o."mentorId", o.capacity, COALESCE(u.name, u.email) AS name,
             mu.id AS "municipalityId", mu.comarca, mu.population, COALESCE(c.n, 0) AS committed,
             COALESCE(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t."sortOrder") FILTER (WHERE t.id IS NOT NULL), '[]') AS topics
        FROM "MentorOffer" o
        JOIN "User" u ON u.id = o."mentorId" AND u."deactivatedAt" IS NULL
        LEFT JOIN "Municipality" mu ON mu.id = u."municipalityId"
        LEFT JOIN (SELECT p."mentorId", COUNT(*)::int AS n FROM "Proposal" p
                    WHERE p."editionId" = ${edition.id} AND p.live GROUP BY p."mentorId") c ON c."mentorId" = o."mentorId"
        LEFT JOIN "_MentorOfferToTopic" ot ON ot."A" = o.id
        LEFT JOIN "Topic" t ON t.id = ot."B"
       WHERE o."editionId" = ${edition.id} AND o.status = 'ACTIVE'
       GROUP BY o.id, u.id, mu.id, c.n
       ORDER BY COALESCE(u.name, u.email), o.id`,
    // The proposals that bar a pair or an application: declined pairs, and live proposals
    // (an application that got one since the board chose its page is no longer open). The
    // board asks only about the applications of its page.
    tx.proposal.findMany({
      where: {
        editionId: edition.id,
        ...(page ? { applicationId: { in: page.ids } } : {}),
        OR: [{ live: true }, { status: "DECLINED" }],
      },
      select: { applicationId: true, mentorId: true, status: true, live: true },
    }),
  ]);
  const liveApplications = new Set<string>();
  const declined = new Set<string>();
  for (const p of proposals) {
    if (p.live) liveApplications.add(p.applicationId);
    if (p.status === "DECLINED") declined.add(pairKey(p.applicationId, p.mentorId));
  }
  const open = applications.filter((a) => !liveApplications.has(a.id));
  const matchApplications: MatchApplication[] = open.map((a) => ({
    id: a.id,
    municipalityId: a.municipalityId,
    comarca: a.municipality.comarca,
    population: a.municipalitySize ?? a.municipality.population,
    needs: a.needs.map((n) => ({ topicId: n.topicId, topicName: n.topic.name, priority: n.priority })),
    preferredMentorIds: a.preferredMentors.map((m) => m.mentorId),
  }));
  const matchMentors: MatchMentor[] = offers.map((o) => ({
    id: o.mentorId,
    name: o.name,
    municipalityId: o.municipalityId,
    comarca: o.comarca,
    population: o.population,
    topicIds: o.topics.map((t) => t.id),
    capacity: o.capacity,
    committed: o.committed,
  }));
  const rules: HardRules = { declined };
  return { applications: open, offers, matchApplications, matchMentors, rules };
}
