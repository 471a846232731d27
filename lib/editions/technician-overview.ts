import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { applicationWindow } from "@/lib/applications/window";

/** Where a technician stands in the current edition, for their home page. */
export async function getTechnicianOverview(viewer: Viewer) {
  const [person, edition] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: viewer.id } }),
    prisma.edition.findFirst({ where: { isCurrent: true } }),
  ]);
  if (!edition || edition.phase === "DRAFT")
    return { person, edition: null, application: null, offer: null, window: null };
  const [application, offer] = await Promise.all([
    prisma.application.findFirst({
      where: { editionId: edition.id, applicantId: viewer.id, live: true },
      select: { id: true, status: true, submittedAt: true, lateAcceptedAt: true },
    }),
    person.isMentor
      ? prisma.mentorOffer.findUnique({
          where: { editionId_mentorId: { editionId: edition.id, mentorId: viewer.id } },
          select: { status: true, capacity: true },
        })
      : null,
  ]);
  return { person, edition, application, offer, window: applicationWindow(edition) };
}

export type TechnicianOverview = Awaited<ReturnType<typeof getTechnicianOverview>>;
