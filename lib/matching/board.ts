import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { expireOverdueProposals } from "./expire";
import { loadMatchingInputs } from "./load";
import { hardRuleProblem, rankMentors, scorePair } from "./score";
import { suggestAssignment } from "./suggest";
import { editionWeights, weightsSchema, type Weights } from "./weights";

/**
 * The secretariat's matching board: applications still without a mentor, each with its ranked
 * mentors and the reasons; mentors with places left; proposals pending and accepted.
 */
export async function loadMatchingBoard(actor: Viewer | null, editionId: string, now = new Date()) {
  assertPermission(actor, "matching:manage");
  const edition = await prisma.edition.findUnique({ where: { id: editionId } });
  if (!edition) throw notFound();
  await expireOverdueProposals(prisma, { editionId }, now);
  const weights = editionWeights(edition.matchingWeights);
  const [inputs, proposals] = await Promise.all([
    loadMatchingInputs(prisma, edition),
    prisma.proposal.findMany({
      where: { editionId, status: { in: ["PENDING", "ACCEPTED"] } },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        score: true,
        respondBy: true,
        respondedAt: true,
        mentor: { select: { id: true, name: true } },
        application: { select: { id: true, applicant: { select: { name: true } }, municipality: { select: { name: true } } } },
      },
    }),
  ]);
  const mentorNames = new Map(inputs.matchMentors.map((m) => [m.id, m.name]));
  const applications = inputs.applications.map((detail, index) => {
    const app = inputs.matchApplications[index];
    const ranked = rankMentors(app, inputs.matchMentors, weights, inputs.rules, 5);
    const sameMunicipality = inputs.matchMentors
      .filter((m) => m.municipalityId === app.municipalityId && hardRuleProblem(app, m, { ...inputs.rules, sameMunicipalityAllowed: new Set([app.id]) }) === null)
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
  const mentors = inputs.matchMentors.map((m) => ({
    id: m.id,
    name: m.name,
    comarca: m.comarca,
    capacity: m.capacity,
    committed: m.committed,
    topics: inputs.offers.find((o) => o.mentorId === m.id)?.topics.map((t) => t.name) ?? [],
  }));
  return { edition, weights, applications, mentors, proposals };
}

/** "Suggest all": the optimal draft over the board's open applications and free places. */
export async function suggestForEdition(actor: Viewer | null, editionId: string) {
  assertPermission(actor, "matching:manage");
  const edition = await prisma.edition.findUnique({ where: { id: editionId } });
  if (!edition) throw notFound();
  const weights = editionWeights(edition.matchingWeights);
  const inputs = await loadMatchingInputs(prisma, edition);
  const suggestion = suggestAssignment(inputs.matchApplications, inputs.matchMentors, weights, inputs.rules);
  return {
    objective: suggestion.objective,
    pairs: suggestion.pairs.map((pair) => {
      const app = inputs.matchApplications.find((a) => a.id === pair.applicationId)!;
      const mentor = inputs.matchMentors.find((m) => m.id === pair.mentorId)!;
      return { ...pair, reasons: scorePair(app, mentor, weights).reasons };
    }),
  };
}

export async function saveMatchingWeights(actor: Viewer | null, editionId: string, input: Record<keyof Weights, unknown>) {
  assertPermission(actor, "matching:manage");
  const weights = weightsSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.edition.updateMany({ where: { id: editionId }, data: { matchingWeights: weights } });
    if (!count) throw notFound();
    await recordAuditEvent(tx, { actorId: actor.id, action: "edition.weights_changed", entityType: "Edition", entityId: editionId, data: weights });
    return weights;
  });
}
