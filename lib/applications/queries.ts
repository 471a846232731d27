import "server-only";
import { nullsLast, sortable } from "@/lib/sorting";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { pageByIds } from "@/lib/pagination";
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

export type ApplicationFilters = {
  status?: string;
  topicId?: string;
  municipalityId?: string;
  /** Part of the municipality's name. */
  municipi?: string;
  comarca?: string;
};

function applicationsWhere(editionId: string, filters: ApplicationFilters): Prisma.ApplicationWhereInput {
  return {
    editionId,
    ...(filters.status === "DRAFT" || filters.status === "SUBMITTED" || filters.status === "WITHDRAWN"
      ? { status: filters.status }
      : {}),
    ...(filters.topicId ? { needs: { some: { topicId: filters.topicId } } } : {}),
    ...(filters.municipalityId ? { municipalityId: filters.municipalityId } : {}),
    ...(filters.comarca || filters.municipi
      ? {
          municipality: {
            ...(filters.comarca ? { comarca: filters.comarca } : {}),
            ...(filters.municipi ? { name: { contains: filters.municipi.trim(), mode: "insensitive" as const } } : {}),
          },
        }
      : {}),
  };
}

const applicationsOrder: Prisma.ApplicationOrderByWithRelationInput[] = [
  { status: "asc" },
  { submittedAt: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
];
const listInclude = {
  ...applicationInclude,
  applicant: { select: { id: true, name: true, email: true, phone: true, position: true } },
} satisfies Prisma.ApplicationInclude;

/** Every application of an edition that matches the filters (exports). */
export async function listApplications(actor: Viewer | null, editionId: string, filters: ApplicationFilters = {}) {
  assertPermission(actor, "programme:manage");
  return prisma.application.findMany({
    where: applicationsWhere(editionId, filters),
    orderBy: applicationsOrder,
    include: listInclude,
  });
}

export const APPLICATIONS_PAGE_SIZE = 50;

/** The orders of the secretariat's list of applications (`?ordre=`); by status by default. */
export const applicationsSort = sortable<Prisma.ApplicationOrderByWithRelationInput>(
  {
    estat: (d) => [{ status: d }, { submittedAt: "asc" }, { createdAt: "asc" }],
    persona: (d) => [{ applicant: { name: d } }],
    municipi: (d) => [{ municipality: { name: d } }, { applicant: { name: "asc" } }],
    necessitats: (d) => [{ needs: { _count: d } }, { applicant: { name: "asc" } }],
    enviada: (d) => [{ submittedAt: nullsLast(d) }],
  },
  { key: "estat", direction: "asc" },
  (d) => ({ id: d }),
);

/** One page of them (the secretariat's list). */
export async function listApplicationsPage(
  actor: Viewer | null,
  editionId: string,
  filters: ApplicationFilters & { pagina?: string; ordre?: string } = {},
) {
  assertPermission(actor, "programme:manage");
  const where = applicationsWhere(editionId, filters);
  const sort = applicationsSort.read(filters.ordre);
  const orderBy = applicationsSort.orderBy(sort);
  const page = await pageByIds(filters.pagina, APPLICATIONS_PAGE_SIZE, {
    count: () => prisma.application.count({ where }),
    ids: (skip, take) => prisma.application.findMany({ where, orderBy, skip, take, select: { id: true } }),
    rows: (ids) => prisma.application.findMany({ where: { id: { in: ids } }, include: listInclude }),
  });
  return { ...page, sort };
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
