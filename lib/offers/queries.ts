import "server-only";
import { sortable } from "@/lib/sorting";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";

/** The signed-in mentor's availability in the current edition. */
export async function getMyOffer(actor: Viewer, editionId: string) {
  return prisma.mentorOffer.findUnique({
    where: { editionId_mentorId: { editionId, mentorId: actor.id } },
    include: { topics: { select: { id: true, name: true } } },
  });
}

export type OfferFilters = {
  status?: string;
  topicId?: string;
  municipalityId?: string;
  /** Part of the municipality's name. */
  municipi?: string;
  comarca?: string;
};

function offerWhere(editionId: string, filters: OfferFilters): Prisma.MentorOfferWhereInput {
  return {
    editionId,
    ...(filters.status === "ACTIVE" || filters.status === "WITHDRAWN" ? { status: filters.status } : {}),
    ...(filters.topicId ? { topics: { some: { id: filters.topicId } } } : {}),
    ...(filters.municipalityId || filters.comarca || filters.municipi
      ? {
          mentor: {
            municipality: {
              ...(filters.municipalityId ? { id: filters.municipalityId } : {}),
              ...(filters.comarca ? { comarca: filters.comarca } : {}),
              ...(filters.municipi
                ? { name: { contains: filters.municipi.trim(), mode: "insensitive" as const } }
                : {}),
            },
          },
        }
      : {}),
  };
}

const offerOrder: Prisma.MentorOfferOrderByWithRelationInput[] = [
  { status: "asc" },
  { mentor: { name: "asc" } },
  { id: "asc" },
];
const offerInclude = {
  mentor: {
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      position: true,
      municipality: { select: { name: true, comarca: true } },
    },
  },
  topics: { select: { id: true, name: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.MentorOfferInclude;

/** Every offer of the edition that matches the filters (exports). */
export async function listOffers(actor: Viewer | null, editionId: string, filters: OfferFilters = {}) {
  assertPermission(actor, "programme:manage");
  return prisma.mentorOffer.findMany({
    where: offerWhere(editionId, filters),
    orderBy: offerOrder,
    include: offerInclude,
  });
}

export const OFFERS_PAGE_SIZE = 50;

/** The orders of the secretariat's list of offers (`?ordre=`); by status, then name, by default. */
export const offersSort = sortable<Prisma.MentorOfferOrderByWithRelationInput>(
  {
    estat: (d) => [{ status: d }, { mentor: { name: "asc" } }],
    persona: (d) => [{ mentor: { name: d } }],
    municipi: (d) => [{ mentor: { municipality: { name: d } } }, { mentor: { name: "asc" } }],
    capacitat: (d) => [{ capacity: d }, { mentor: { name: "asc" } }],
  },
  { key: "estat", direction: "asc" },
  (d) => ({ id: d }),
);

/** The secretariat's list of an edition's offers, one page at a time, with the active capacity of all that match. */
export async function listOffersPage(
  actor: Viewer | null,
  editionId: string,
  filters: OfferFilters & { pagina?: string; ordre?: string } = {},
) {
  assertPermission(actor, "programme:manage");
  const where = offerWhere(editionId, filters);
  const sort = offersSort.read(filters.ordre);
  const orderBy = offersSort.orderBy(sort);
  const [page, capacity] = await Promise.all([
    pageByIds(filters.pagina, OFFERS_PAGE_SIZE, {
      count: () => prisma.mentorOffer.count({ where }),
      ids: (skip, take) => prisma.mentorOffer.findMany({ where, orderBy, skip, take, select: { id: true } }),
      rows: (ids) => prisma.mentorOffer.findMany({ where: { id: { in: ids } }, include: offerInclude }),
    }),
    prisma.mentorOffer.aggregate({ where: { AND: [where, { status: "ACTIVE" }] }, _sum: { capacity: true } }),
  ]);
  return { ...page, sort, activeCapacity: capacity._sum.capacity ?? 0 };
}

export async function getOfferForSecretariat(actor: Viewer | null, id: string) {
  assertPermission(actor, "programme:manage");
  return prisma.mentorOffer.findUnique({
    where: { id },
    include: {
      ...offerInclude,
      edition: { select: { id: true, name: true } },
    },
  });
}

/**
 * The directory of this edition's available mentors that applicants may choose from: name,
 * municipality and topics only (the programme's mentors "es posen a disposició dels membres").
 */
export function mentorDirectory(editionId: string, excludePersonId?: string) {
  return prisma.mentorOffer.findMany({
    where: {
      editionId,
      status: "ACTIVE",
      mentor: { deactivatedAt: null, ...(excludePersonId ? { NOT: { id: excludePersonId } } : {}) },
    },
    orderBy: { mentor: { name: "asc" } },
    select: {
      mentor: {
        select: { id: true, name: true, position: true, municipality: { select: { name: true, comarca: true } } },
      },
      topics: { select: { id: true, name: true }, orderBy: { sortOrder: "asc" } },
    },
  });
}
