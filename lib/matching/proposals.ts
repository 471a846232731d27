import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { addDays, endOfMadridDay, madridDay } from "@/lib/dates";
import { sendProposalToMentor, sendProposalWithdrawn } from "@/lib/email/senders/matching";
import { conflict, invalid, notFound } from "@/lib/errors";
import { paragraph, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";
import { expireOverdueProposals } from "./expire";
import { hardRuleProblem, pairKey, scoreValue } from "./score";
import { loadMatchingInputs } from "./load";
import { editionWeights } from "./weights";

export const sendProposalsSchema = z.object({
  editionId: z.string().min(1).max(40),
  items: z
    .array(
      z.object({
        applicationId: z.string().min(1).max(40),
        mentorId: z.string().min(1).max(40),
        allowSameMunicipality: z.boolean().default(false),
      }),
    )
    .min(1, { error: vmsg("matching.trieuAlmenysParella") })
    .max(500),
  message: paragraph()
    .trim()
    .max(1000, { error: vmsg("common.tooLong", { max: 1000 }) })
    .nullable()
    .default(null),
});
export type SendProposalsInput = z.input<typeof sendProposalsSchema>;

/**
 * Sends proposals, all or none, in one transaction: each mentor's offer row is locked so two
 * batches cannot together go above a capacity, and an application can hold only one live
 * proposal (a unique index, too). Each mentor gets an email pointing to their inbox.
 */
export async function sendProposals(actor: Viewer | null, input: SendProposalsInput, now = new Date()) {
  assertPermission(actor, "matching:manage");
  const values = sendProposalsSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const edition = await tx.edition.findUnique({ where: { id: values.editionId } });
      if (!edition) throw notFound();
      if (edition.phase !== "MATCHING") throw invalid({ key: "proposals.nomesPodenEnviarPropostes" });
      await expireOverdueProposals(tx, { editionId: edition.id }, now);
      const mentorIds = [...new Set(values.items.map((i) => i.mentorId))].sort();
      await lockOffers(tx, edition.id, mentorIds);
      const inputs = await loadMatchingInputs(tx, edition);
      const weights = editionWeights(edition.matchingWeights);
      const respondBy = endOfMadridDay(addDays(madridDay(now), edition.proposalResponseDays));
      const taken = new Map<string, number>();
      const seen = new Set<string>();
      const created: string[] = [];
      for (const item of values.items) {
        const app = inputs.matchApplications.find((a) => a.id === item.applicationId);
        const detail = inputs.applications.find((a) => a.id === item.applicationId);
        const mentor = inputs.matchMentors.find((m) => m.id === item.mentorId);
        const offer = inputs.offers.find((o) => o.mentorId === item.mentorId);
        if (!app || !detail) throw conflict({ key: "proposals.algunaSollicitudTeProposta" });
        if (!mentor || !offer) throw conflict({ key: "proposals.algunaPersonaMentoraTe" });
        if (seen.has(item.applicationId)) throw invalid({ key: "proposals.mateixaSollicitudSurtDues" });
        seen.add(item.applicationId);
        const inBatch = taken.get(mentor.id) ?? 0;
        const rules = {
          ...inputs.rules,
          sameMunicipalityAllowed: item.allowSameMunicipality ? new Set([app.id]) : undefined,
        };
        const problem = hardRuleProblem(app, { ...mentor, committed: mentor.committed + inBatch }, rules);
        if (problem) {
          throw conflict({
            key: "proposals.cannotPropose",
            values: {
              mentor: mentor.name ?? "",
              applicant: detail.applicant.name ?? detail.applicant.email,
              problem,
            },
          });
        }
        taken.set(mentor.id, inBatch + 1);
        const proposal = await tx.proposal.create({
          data: {
            editionId: edition.id,
            applicationId: app.id,
            mentorId: mentor.id,
            message: values.message,
            sameMunicipalityOverride: item.allowSameMunicipality && mentor.municipalityId === app.municipalityId,
            score: scoreValue(app, mentor, weights),
            respondBy,
            createdById: actor.id,
          },
          select: { id: true },
        });
        const person = await tx.user.findUniqueOrThrow({
          where: { id: mentor.id },
          select: { id: true, email: true, name: true, locale: true },
        });
        await sendProposalToMentor(tx, person, {
          proposalId: proposal.id,
          editionName: edition.name,
          municipality: detail.municipality.name,
          topics: app.needs.map((n) => n.topicName),
          respondBy: madridDay(respondBy),
          message: values.message,
        });
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: "proposal.sent",
          entityType: "Proposal",
          entityId: proposal.id,
          data: { applicationId: app.id, mentorId: mentor.id, pair: pairKey(app.id, mentor.id) },
        });
        created.push(proposal.id);
      }
      return { sent: created.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict({ key: "proposals.algunaSollicitudTeProposta2" });
    }
    throw error;
  }
}

/** The secretariat withdraws a pending proposal; the mentor is told. */
export async function withdrawProposal(actor: Viewer | null, proposalId: string, now = new Date()) {
  assertPermission(actor, "matching:manage");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.proposal.updateMany({
      where: { id: proposalId, status: "PENDING" },
      data: { status: "WITHDRAWN", live: null, respondedAt: now },
    });
    if (!count) throw conflict({ key: "proposals.propostaEstaPendent" });
    const proposal = await tx.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      include: {
        mentor: { select: { id: true, email: true, name: true, locale: true } },
        edition: { select: { name: true } },
        application: { select: { municipality: { select: { name: true } } } },
      },
    });
    await sendProposalWithdrawn(tx, proposal.mentor, {
      proposalId,
      municipality: proposal.application.municipality.name,
      editionName: proposal.edition.name,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "proposal.withdrawn",
      entityType: "Proposal",
      entityId: proposalId,
    });
    return { id: proposalId };
  });
}

/** Row locks on the offers, in a stable order so concurrent batches cannot deadlock. */
export async function lockOffers(tx: Tx, editionId: string, mentorIds: string[]) {
  for (const mentorId of mentorIds) {
    await tx.$queryRaw`SELECT id FROM "MentorOffer" WHERE "editionId" = ${editionId} AND "mentorId" = ${mentorId} FOR UPDATE`;
  }
}
