import "server-only";
import { sortable } from "@/lib/sorting";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";

export type AuditFilters = {
  person?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  pagina?: string;
  ordre?: string;
};

/** The orders of the audit log (`?ordre=`); the newest first by default. */
export const auditSort = sortable<Prisma.AuditEventOrderByWithRelationInput>(
  {
    quan: (d) => [{ createdAt: d }],
    qui: (d) => [{ actor: { name: d } }, { createdAt: "desc" }],
    accio: (d) => [{ action: d }, { createdAt: "desc" }],
    registre: (d) => [{ entityType: d }, { createdAt: "desc" }],
  },
  { key: "quan", direction: "desc" },
  (d) => ({ id: d }),
);

export const AUDIT_PAGE_SIZE = 100;

/** The audit log for the secretariat: who did what to which record, in the order asked (newest first by default), one page at a time. */
export async function listAuditEvents(actor: Viewer | null, filters: AuditFilters = {}) {
  assertPermission(actor, "audit:read");
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.person
      ? {
          actor: {
            OR: [
              { email: { contains: filters.person.toLowerCase() } },
              { name: { contains: filters.person, mode: "insensitive" } },
            ],
          },
        }
      : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId.trim() } : {}),
    ...(filters.action ? { action: { contains: filters.action.trim() } } : {}),
  };
  const sort = auditSort.read(filters.ordre);
  const orderBy = auditSort.orderBy(sort);
  const [{ rows: events, ...page }, types] = await Promise.all([
    pageByIds(filters.pagina, AUDIT_PAGE_SIZE, {
      count: () => prisma.auditEvent.count({ where }),
      ids: (skip, take) => prisma.auditEvent.findMany({ where, orderBy, skip, take, select: { id: true } }),
      rows: (ids) =>
        prisma.auditEvent.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            action: true,
            entityType: true,
            entityId: true,
            data: true,
            createdAt: true,
            actor: { select: { id: true, name: true, email: true } },
          },
        }),
    }),
    prisma.auditEvent.findMany({
      distinct: ["entityType"],
      select: { entityType: true },
      orderBy: { entityType: "asc" },
    }),
  ]);
  return { events, ...page, sort, entityTypes: types.map((t) => t.entityType) };
}

/** Where an audited record is shown, when it has a page. */
export function recordPath(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case "Mentorship":
      return `/acompanyaments/${entityId}`;
    case "User":
      return `/secretaria/persones/${entityId}`;
    case "Edition":
      return `/secretaria/convocatories/${entityId}`;
    case "Communication":
      return `/secretaria/comunicacions/${entityId}`;
    case "EmailMessage":
      return `/secretaria/correus/${entityId}`;
    case "Municipality":
      return `/secretaria/municipis/${entityId}`;
    default:
      return null;
  }
}
