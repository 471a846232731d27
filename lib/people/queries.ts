import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";
import { nullsLast, sortable } from "@/lib/sorting";

export type PeopleFilters = {
  q?: string;
  role?: string;
  municipalityId?: string;
  /** Part of the municipality's name. */
  municipi?: string;
  mentor?: string;
  status?: string;
  pagina?: string;
  ordre?: string;
};

/** The orders of the people list (`?ordre=`). */
export const peopleSort = sortable<Prisma.UserOrderByWithRelationInput>(
  {
    nom: (d) => [{ name: nullsLast(d) }, { email: d }],
    adreca: (d) => [{ email: d }],
    municipi: (d) => [{ municipality: { name: d } }, { name: nullsLast("asc") }],
    rol: (d) => [{ role: d }, { isMentor: d }, { name: nullsLast("asc") }],
  },
  { key: "nom", direction: "asc" },
  (d) => ({ id: d }),
);

export const PEOPLE_PAGE_SIZE = 50;

/** The people that match the filters, in the order asked (by name by default), one page at a time. */
export async function listPeople(actor: Viewer | null, filters: PeopleFilters = {}) {
  assertPermission(actor, "people:manage");
  const where: Prisma.UserWhereInput = { erasedAt: null };
  if (filters.q) {
    where.OR = [
      { name: { contains: filters.q, mode: "insensitive" } },
      { email: { contains: filters.q, mode: "insensitive" } },
      { position: { contains: filters.q, mode: "insensitive" } },
    ];
  }
  if (filters.role === "TECHNICIAN" || filters.role === "SECRETARIAT") where.role = filters.role;
  if (filters.municipalityId) where.municipalityId = filters.municipalityId;
  if (filters.municipi) where.municipality = { name: { contains: filters.municipi.trim(), mode: "insensitive" } };
  if (filters.mentor === "yes") where.isMentor = true;
  if (filters.mentor === "no") where.isMentor = false;
  if (filters.mentor === "wants") where.wantsToMentor = true;
  if (filters.status === "active") where.deactivatedAt = null;
  if (filters.status === "inactive") where.deactivatedAt = { not: null };
  if (filters.status === "pending") where.approvalStatus = "PENDING";
  if (filters.status === "email") where.emailProblem = { not: null };
  const sort = peopleSort.read(filters.ordre);
  const orderBy = peopleSort.orderBy(sort);
  const page = await pageByIds(filters.pagina, PEOPLE_PAGE_SIZE, {
    count: () => prisma.user.count({ where }),
    ids: (skip, take) => prisma.user.findMany({ where, orderBy, skip, take, select: { id: true } }),
    rows: (ids) =>
      prisma.user.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          isMentor: true,
          wantsToMentor: true,
          approvalStatus: true,
          deactivatedAt: true,
          municipality: { select: { name: true } },
        },
      }),
  });
  return { ...page, sort };
}

/** A person's page for the secretariat: profile and history across editions. */
export async function getPersonForSecretariat(actor: Viewer | null, id: string) {
  assertPermission(actor, "people:manage");
  return prisma.user.findFirst({
    where: { id, erasedAt: null },
    include: {
      municipality: { select: { id: true, name: true, comarca: true, emailDomains: true } },
      applications: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          status: true,
          submittedAt: true,
          lateAcceptedAt: true,
          edition: { select: { id: true, name: true, year: true } },
        },
      },
      mentorOffers: {
        orderBy: { createdAt: "desc" },
        select: { id: true, status: true, capacity: true, edition: { select: { id: true, name: true, year: true } } },
      },
      mentorshipsAsMentor: {
        orderBy: { createdAt: "desc" },
        select: { id: true, status: true, edition: { select: { name: true } }, mentee: { select: { name: true } } },
      },
      mentorshipsAsMentee: {
        orderBy: { createdAt: "desc" },
        select: { id: true, status: true, edition: { select: { name: true } }, mentor: { select: { name: true } } },
      },
    },
  });
}

export type PersonForSecretariat = NonNullable<Awaited<ReturnType<typeof getPersonForSecretariat>>>;
