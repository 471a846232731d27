import type { Tx } from "@/lib/db/client";
import type { Edition } from "@/lib/generated/prisma/client";
import { pairKey, type HardRules, type MatchApplication, type MatchMentor } from "./score";

/**
 * The matching's inputs for an edition: submitted applications with no live proposal, active
 * offers with their places taken (pending and accepted proposals), and the declined pairs.
 */
export async function loadMatchingInputs(tx: Tx, edition: Pick<Edition, "id">) {
  const [applications, offers, proposals] = await Promise.all([
    tx.application.findMany({
      where: { editionId: edition.id, status: "SUBMITTED", live: true },
      orderBy: { submittedAt: "asc" },
      include: {
        applicant: { select: { id: true, name: true, email: true } },
        municipality: { select: { id: true, name: true, comarca: true, population: true } },
        needs: { include: { topic: { select: { name: true } } } },
        preferredMentors: { orderBy: { rank: "asc" }, select: { mentorId: true } },
      },
    }),
    tx.mentorOffer.findMany({
      where: { editionId: edition.id, status: "ACTIVE", mentor: { deactivatedAt: null } },
      include: {
        mentor: { select: { id: true, name: true, email: true, municipality: { select: { id: true, name: true, comarca: true, population: true } } } },
        topics: { select: { id: true, name: true } },
      },
      orderBy: { mentor: { name: "asc" } },
    }),
    tx.proposal.findMany({
      where: { editionId: edition.id },
      select: { id: true, applicationId: true, mentorId: true, status: true, live: true },
    }),
  ]);
  const committed = new Map<string, number>();
  const liveApplications = new Set<string>();
  const declined = new Set<string>();
  for (const p of proposals) {
    if (p.live) {
      committed.set(p.mentorId, (committed.get(p.mentorId) ?? 0) + 1);
      liveApplications.add(p.applicationId);
    }
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
    name: o.mentor.name ?? o.mentor.email,
    municipalityId: o.mentor.municipality?.id ?? null,
    comarca: o.mentor.municipality?.comarca ?? null,
    population: o.mentor.municipality?.population ?? null,
    topicIds: o.topics.map((t) => t.id),
    capacity: o.capacity,
    committed: committed.get(o.mentorId) ?? 0,
  }));
  const rules: HardRules = { declined };
  return { applications: open, offers, matchApplications, matchMentors, rules };
}
