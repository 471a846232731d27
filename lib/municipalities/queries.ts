import "server-only";
import { nullsLast, sortable } from "@/lib/sorting";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";

export const MUNICIPALITIES_PAGE_SIZE = 100;

/** The orders of the municipalities list (`?ordre=`); by name by default. */
export const municipalitiesSort = sortable<Prisma.MunicipalityOrderByWithRelationInput>(
  {
    municipi: (d) => [{ name: d }],
    comarca: (d) => [{ comarca: d }, { name: "asc" }],
    poblacio: (d) => [{ population: nullsLast(d) }, { name: "asc" }],
    persones: (d) => [{ people: { _count: d } }, { name: "asc" }],
    estat: (d) => [{ active: d }, { name: "asc" }],
  },
  { key: "municipi", direction: "asc" },
  (d) => ({ id: d }),
);

/** The member municipalities that match the search, in the order asked (by name by default), one page at a time. */
export async function listMunicipalities(
  actor: Viewer | null,
  { q, status, pagina, ordre }: { q?: string; status?: string; pagina?: string; ordre?: string } = {},
) {
  assertPermission(actor, "people:manage");
  const where: Prisma.MunicipalityWhereInput = {
    ...(q
      ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { comarca: { contains: q, mode: "insensitive" } }] }
      : {}),
    ...(status === "active" ? { active: true } : status === "inactive" ? { active: false } : {}),
  };
  const sort = municipalitiesSort.read(ordre);
  const orderBy = municipalitiesSort.orderBy(sort);
  const page = await pageByIds(pagina, MUNICIPALITIES_PAGE_SIZE, {
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
  return { ...page, sort };
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
