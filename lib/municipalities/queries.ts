import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";

export async function listMunicipalities(actor: Viewer | null, { q, status }: { q?: string; status?: string } = {}) {
  assertPermission(actor, "people:manage");
  return prisma.municipality.findMany({
    where: {
      ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { comarca: { contains: q, mode: "insensitive" } }] } : {}),
      ...(status === "active" ? { active: true } : status === "inactive" ? { active: false } : {}),
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true, comarca: true, population: true, emailDomains: true, active: true, _count: { select: { people: true } } },
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
