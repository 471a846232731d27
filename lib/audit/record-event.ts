import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
};

/** Written in the same transaction as the change it records. */
export function recordAuditEvent(tx: Tx, event: AuditInput) {
  return tx.auditEvent.create({ data: event, select: { id: true } });
}
