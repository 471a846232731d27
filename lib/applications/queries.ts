import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

const applicationInclude = {
  needs: { include: { topic: { select: { id: true, name: true } } }, orderBy: { priority: "asc" } },
  preferredMentors: {
    orderBy: { rank: "asc" },
    include: { mentor: { select: { id: true, name: true, municipality: { select: { name: true } } } } },
  },
  municipality: { select: { id: true, name: true, comarca: true, population: true } },
} satisfies Prisma.ApplicationInclude;

/** The signed-in person's live application in an edition, if any. */
export function getMyApplication(actor: Viewer, editionId: string) {
  return prisma.application.findFirst({
    where: { editionId, applicantId: actor.id, live: true },
    include: applicationInclude,
  });
}

export type ApplicationFilters = { status?: string; topicId?: string; municipalityId?: string; comarca?: string };

export async function listApplications(actor: Viewer | null, editionId: string, filters: ApplicationFilters = {}) {
  assertPermission(actor, "programme:manage");
  const where: Prisma.ApplicationWhereInput = {
    editionId,
    ...(filters.status === "DRAFT" || filters.status === "SUBMITTED" || filters.status === "WITHDRAWN" ? { status: filters.status } : {}),
    ...(filters.topicId ? { needs: { some: { topicId: filters.topicId } } } : {}),
    ...(filters.municipalityId ? { municipalityId: filters.municipalityId } : {}),
    ...(filters.comarca ? { municipality: { comarca: filters.comarca } } : {}),
  };
  return prisma.application.findMany({
    where,
    orderBy: [{ status: "asc" }, { submittedAt: "asc" }, { createdAt: "asc" }],
    include: { ...applicationInclude, applicant: { select: { id: true, name: true, email: true, phone: true, position: true } } },
  });
}

export async function getApplicationForSecretariat(actor: Viewer | null, id: string) {
  assertPermission(actor, "programme:manage");
  return prisma.application.findUnique({
    where: { id },
    include: {
      ...applicationInclude,
      edition: { select: { id: true, name: true } },
      applicant: { select: { id: true, name: true, email: true, phone: true, position: true } },
    },
  });
}
