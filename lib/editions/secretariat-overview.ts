import { prisma } from "@/lib/db/client";

export async function getSecretariatOverview() {
  const edition = await prisma.edition.findFirst({ where: { isCurrent: true } });
  const [people, mentors, municipalities, pendingRegistrations, wantsToMentor, emailsPending, emailsFailed, applications, drafts, offers] =
    await Promise.all([
      prisma.user.count({ where: { deactivatedAt: null, erasedAt: null } }),
      prisma.user.count({ where: { isMentor: true, deactivatedAt: null, erasedAt: null } }),
      prisma.municipality.count({ where: { active: true } }),
      prisma.user.count({ where: { approvalStatus: "PENDING", deactivatedAt: null, erasedAt: null } }),
      prisma.user.count({ where: { wantsToMentor: true, isMentor: false, deactivatedAt: null, erasedAt: null } }),
      prisma.emailMessage.count({ where: { status: { in: ["PENDING", "SENDING"] } } }),
      prisma.emailMessage.count({ where: { status: "FAILED" } }),
      edition ? prisma.application.count({ where: { editionId: edition.id, status: "SUBMITTED" } }) : 0,
      edition ? prisma.application.count({ where: { editionId: edition.id, status: "DRAFT" } }) : 0,
      edition ? prisma.mentorOffer.aggregate({ where: { editionId: edition.id, status: "ACTIVE" }, _count: true, _sum: { capacity: true } }) : null,
    ]);
  return {
    edition,
    people,
    mentors,
    municipalities,
    pendingRegistrations,
    wantsToMentor,
    emailsPending,
    emailsFailed,
    applications,
    drafts,
    offers: offers?._count ?? 0,
    capacity: offers?._sum.capacity ?? 0,
  };
}
