import "server-only";
import { assertSignedIn } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";

/**
 * Everything the platform keeps about the signed-in person, as JSON (right of access and
 * portability). Only their own data: the function takes no person id.
 */
export async function exportMyData(actor: Viewer | null) {
  assertSignedIn(actor);
  const id = actor.id;
  const [person, applications, offers, proposals, mentorships, communications, evaluations, emails, events] =
    await Promise.all([
      prisma.user.findUniqueOrThrow({
        where: { id },
        select: {
          email: true,
          name: true,
          position: true,
          phone: true,
          role: true,
          isMentor: true,
          wantsToMentor: true,
          locale: true,
          approvalStatus: true,
          privacyAcceptedAt: true,
          remindersOptOut: true,
          createdAt: true,
          municipality: { select: { name: true, comarca: true } },
        },
      }),
      prisma.application.findMany({
        where: { applicantId: id },
        include: {
          edition: { select: { name: true } },
          municipality: { select: { name: true } },
          needs: { include: { topic: { select: { name: true } } } },
        },
      }),
      prisma.mentorOffer.findMany({
        where: { mentorId: id },
        include: { edition: { select: { name: true } }, topics: { select: { name: true } } },
      }),
      prisma.proposal.findMany({
        where: { mentorId: id },
        select: {
          status: true,
          message: true,
          declineReason: true,
          createdAt: true,
          respondedAt: true,
          edition: { select: { name: true } },
        },
      }),
      prisma.mentorship.findMany({
        where: { OR: [{ mentorId: id }, { menteeId: id }] },
        include: {
          edition: { select: { name: true } },
          mentor: { select: { name: true } },
          mentee: { select: { name: true } },
          agreement: true,
          meetings: { where: { loggedById: id } },
          extensions: { where: { proposedById: id } },
          recordSheet: true,
        },
      }),
      prisma.communication.findMany({
        where: { senderId: id },
        include: { messages: { select: { body: true, createdAt: true, authorId: true } } },
      }),
      prisma.evaluation.findMany({ where: { authorId: id } }),
      prisma.emailMessage.findMany({
        where: { toUserId: id },
        select: { template: true, subject: true, status: true, createdAt: true, sentAt: true },
      }),
      prisma.auditEvent.findMany({
        where: { actorId: id },
        select: { action: true, entityType: true, createdAt: true },
      }),
    ]);
  return {
    exportedAt: new Date().toISOString(),
    about: "Dades personals que la plataforma Mentoria XMESS conserva sobre vosaltres.",
    person,
    applications,
    mentorOffers: offers,
    proposalsReceived: proposals,
    mentorships: mentorships.map((m) => ({ ...m, role: m.mentorId === id ? "MENTOR" : "MENTEE" })),
    communications,
    evaluations,
    emails,
    actions: events,
  };
}
