import "server-only";
import { assertSignedIn } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { sendMentorAssigned, sendProposalAnswered } from "@/lib/email/senders/matching";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/zod";
import { declineSchema } from "./respond-schema";

export { declineSchema };
import { expireOverdueProposals } from "./expire";
import { startMentorships } from "@/lib/mentorships/start";
import { lockOffers } from "./proposals";

/** The phases in which a mentor can still answer a proposal (and be reminded to). */
export const ANSWERING_PHASES = ["MATCHING", "MENTORING"] as const;

const notAnswerable = () => conflict({ key: "respond.convocatoriaFaseMatchingNi" });

const expired = () => conflict({ key: "respond.terminiRespondrePropostaPassat" });

/**
 * The mentor accepts: the mentorship is created (AGREEING), the mentee gets the mentor's contact
 * and the next steps, and the secretariat is told. The mentor's offer row is locked and accepted
 * proposals are counted under the lock, so racing accepts never go above the capacity.
 */
export async function acceptProposal(actor: Viewer | null, proposalId: string, now = new Date()) {
  assertSignedIn(actor);
  const result = await prisma.$transaction(async (tx) => {
    const found = await tx.proposal.findFirst({
      where: { id: proposalId, mentorId: actor.id },
      select: { editionId: true, edition: { select: { phase: true } } },
    });
    if (!found) throw notFound();
    if (!(ANSWERING_PHASES as readonly string[]).includes(found.edition.phase)) throw notAnswerable();
    await lockOffers(tx, found.editionId, [actor.id]);
    if (await expireOverdueProposals(tx, { id: proposalId }, now)) return "expired" as const;
    // Read again under the lock: a concurrent accept of the same proposal has committed by now.
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    if (proposal.status !== "PENDING") throw conflict({ key: "respond.propostaRespost" });
    const offer = await tx.mentorOffer.findUnique({
      where: { editionId_mentorId: { editionId: proposal.editionId, mentorId: actor.id } },
    });
    const accepted = await tx.proposal.count({
      where: { editionId: proposal.editionId, mentorId: actor.id, status: "ACCEPTED" },
    });
    if (!offer || offer.status !== "ACTIVE" || accepted >= offer.capacity) {
      throw conflict({ key: "respond.acompanyeuTantesPersonesCom" });
    }
    const { count } = await tx.proposal.updateMany({
      where: { id: proposalId, mentorId: actor.id, status: "PENDING" },
      data: { status: "ACCEPTED", respondedAt: now },
    });
    if (!count) throw conflict({ key: "respond.propostaRespost" });
    const full = await tx.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      include: {
        edition: true,
        mentor: { include: { municipality: { select: { name: true } } } },
        application: { include: { applicant: true, municipality: { select: { name: true } } } },
      },
    });
    const mentorship = await tx.mentorship.create({
      data: {
        editionId: full.editionId,
        proposalId,
        applicationId: full.applicationId,
        mentorId: actor.id,
        menteeId: full.application.applicantId,
        acceptedAt: now,
      },
      select: { id: true },
    });
    const mentee = full.application.applicant;
    await sendMentorAssigned(tx, mentee, {
      mentorshipId: mentorship.id,
      editionName: full.edition.name,
      mentoringStartOn: full.edition.mentoringStartOn,
      mentor: {
        name: full.mentor.name,
        email: full.mentor.email,
        phone: full.mentor.phone,
        position: full.mentor.position,
        municipality: full.mentor.municipality?.name ?? "",
      },
    });
    await sendProposalAnswered(tx, {
      proposalId,
      editionId: full.editionId,
      accepted: true,
      mentorName: full.mentor.name ?? full.mentor.email,
      menteeName: mentee.name ?? mentee.email,
      municipality: full.application.municipality.name,
      reason: null,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "proposal.accepted",
      entityType: "Proposal",
      entityId: proposalId,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "mentorship.created",
      entityType: "Mentorship",
      entityId: mentorship.id,
    });
    // Accepted after the mentoring phase began: the start email goes out at once.
    if (full.edition.phase === "MENTORING")
      await startMentorships(tx, { editionId: full.editionId, id: mentorship.id }, now);
    return mentorship;
  });
  if (result === "expired") throw expired();
  return result;
}

/** The mentor declines, with no blame: the application returns to the board and the pair is not suggested again. */
export async function declineProposal(actor: Viewer | null, input: z.input<typeof declineSchema>, now = new Date()) {
  assertSignedIn(actor);
  const { proposalId, reason } = declineSchema.parse(input);
  const result = await prisma.$transaction(async (tx) => {
    const proposal = await tx.proposal.findFirst({
      where: { id: proposalId, mentorId: actor.id },
      include: { edition: { select: { phase: true } } },
    });
    if (!proposal) throw notFound();
    if (!(ANSWERING_PHASES as readonly string[]).includes(proposal.edition.phase)) throw notAnswerable();
    if (await expireOverdueProposals(tx, { id: proposalId }, now)) return "expired" as const;
    const { count } = await tx.proposal.updateMany({
      where: { id: proposalId, mentorId: actor.id, status: "PENDING" },
      data: { status: "DECLINED", live: null, declineReason: reason, respondedAt: now },
    });
    if (!count) throw conflict({ key: "respond.propostaRespost" });
    const full = await tx.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      include: {
        mentor: true,
        application: { include: { applicant: true, municipality: { select: { name: true } } } },
      },
    });
    await sendProposalAnswered(tx, {
      proposalId,
      editionId: full.editionId,
      accepted: false,
      mentorName: full.mentor.name ?? full.mentor.email,
      menteeName: full.application.applicant.name ?? full.application.applicant.email,
      municipality: full.application.municipality.name,
      reason,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "proposal.declined",
      entityType: "Proposal",
      entityId: proposalId,
    });
    return { id: proposalId };
  });
  if (result === "expired") throw expired();
  return result;
}
