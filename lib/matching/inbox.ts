import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { expireOverdueProposals } from "./expire";

/** The mentor's proposals, pending first. Only proposals addressed to them. */
export async function listMyProposals(actor: Viewer, now = new Date()) {
  await expireOverdueProposals(prisma, { mentorId: actor.id }, now);
  return prisma.proposal.findMany({
    where: { mentorId: actor.id },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      status: true,
      respondBy: true,
      respondedAt: true,
      createdAt: true,
      edition: { select: { name: true } },
      application: {
        select: {
          municipality: { select: { name: true, comarca: true } },
          needs: { select: { topic: { select: { name: true } } } },
        },
      },
    },
  });
}

/**
 * One proposal for its mentor: what they need to decide (needs, goals, municipality context) and
 * nothing more; the mentee's contact only once accepted.
 */
export async function getMyProposal(actor: Viewer, proposalId: string, now = new Date()) {
  await expireOverdueProposals(prisma, { id: proposalId, mentorId: actor.id }, now);
  const proposal = await prisma.proposal.findFirst({
    where: { id: proposalId, mentorId: actor.id },
    select: {
      id: true,
      status: true,
      message: true,
      respondBy: true,
      respondedAt: true,
      declineReason: true,
      edition: { select: { name: true, mentoringStartOn: true, requiredMeetings: true, meetingsMustBeInPerson: true } },
      application: {
        select: {
          municipalitySize: true,
          policyStage: true,
          currentPolicy: true,
          hasPlan: true,
          planDetails: true,
          budget: true,
          team: true,
          goals: true,
          availability: true,
          preferredFormat: true,
          municipality: { select: { name: true, comarca: true, population: true } },
          needs: {
            select: { id: true, description: true, priority: true, topic: { select: { name: true } } },
            orderBy: { priority: "asc" },
          },
          applicant: { select: { name: true, email: true, phone: true, position: true } },
        },
      },
      mentorship: { select: { id: true } },
    },
  });
  if (!proposal) return null;
  const { applicant, ...application } = proposal.application;
  return { ...proposal, application, mentee: proposal.status === "ACCEPTED" ? applicant : null };
}

/** Pending proposals waiting for this mentor (for the navigation badge and the home). */
export function countMyPendingProposals(actor: Viewer) {
  return prisma.proposal.count({ where: { mentorId: actor.id, status: "PENDING" } });
}
