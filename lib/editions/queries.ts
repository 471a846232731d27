import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";

export async function listEditions(actor: Viewer | null) {
  assertPermission(actor, "programme:manage");
  return prisma.edition.findMany({
    orderBy: { year: "desc" },
    select: {
      id: true,
      name: true,
      year: true,
      phase: true,
      isCurrent: true,
      applicationsOpenOn: true,
      applicationsCloseOn: true,
      _count: { select: { applications: { where: { status: "SUBMITTED" } }, offers: { where: { status: "ACTIVE" } } } },
    },
  });
}

export async function getEdition(actor: Viewer | null, id: string) {
  assertPermission(actor, "programme:manage");
  return prisma.edition.findUnique({
    where: { id },
    include: {
      _count: {
        select: {
          applications: { where: { status: "SUBMITTED" } },
          offers: { where: { status: "ACTIVE" } },
          mentorships: true,
        },
      },
    },
  });
}

/** The edition the dashboard shows: the one asked for, or the current one; null when there is none. */
export async function dashboardEditionId(actor: Viewer | null, asked: string | undefined) {
  assertPermission(actor, "programme:manage");
  const edition = asked
    ? await prisma.edition.findUnique({ where: { id: asked }, select: { id: true } })
    : await prisma.edition.findFirst({ where: { isCurrent: true }, select: { id: true } });
  return edition?.id ?? null;
}
