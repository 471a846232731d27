import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";

export const MUNICIPALITIES_PAGE_SIZE = 100;

/** The member municipalities that match the search, by name, one page at a time. */
export async function listMunicipalities(
  actor: Viewer | null,
  { q, status, pagina }: { q?: string; status?: string; pagina?: string } = {},
) {
  assertPermission(actor, "people:manage");
  const where: Prisma.MunicipalityWhereInput = {
    ...(q
      ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { comarca: { contains: q, mode: "insensitive" } }] }
      : {}),
    ...(status === "active" ? { active: true } : status === "inactive" ? { active: false } : {}),
  };
  const orderBy: Prisma.MunicipalityOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];
  return pageByIds(pagina, MUNICIPALITIES_PAGE_SIZE, {
    count: () => prisma.municipality.count({ where }),
    ids: (skip, take) => prisma.municipality.findMany({ where, orderBy, skip, take, select: { id: true } }),
    rows: (ids) =>
      prisma.municipality.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          comarca: true,
          population: true,
          emailDomains: true,
          active: true,
          _count: { select: { people: true } },
        },
      }),
  });
}

export async function getMunicipality(actor: Viewer | null, id: string) {
  assertPermission(actor, "people:manage");
  return prisma.municipality.findUnique({ where: { id } });
}

/** Member municipalities offered in forms (public: the registration form lists them). */
export function municipalityOptions() {
  return prisma.municipality.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, comarca: true },
  });
}

export function comarcaOptions() {
  return prisma.municipality
    .findMany({ distinct: ["comarca"], orderBy: { comarca: "asc" }, select: { comarca: true } })
    .then((rows) => rows.map((r) => r.comarca));
}
