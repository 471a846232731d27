import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Pending proposals past their answer deadline become EXPIRED, freeing the application and the
 * mentor's place. Run whenever proposals are read or acted on (and by the scheduled sweep).
 */
export async function expireOverdueProposals(tx: Tx, where: Prisma.ProposalWhereInput = {}, now = new Date()) {
  const overdue = await tx.proposal.findMany({
    where: { ...where, status: "PENDING", respondBy: { lt: now } },
    select: { id: true },
  });
  if (!overdue.length) return 0;
  const { count } = await tx.proposal.updateMany({
    where: { id: { in: overdue.map((p) => p.id) }, status: "PENDING" },
    data: { status: "EXPIRED", live: null, respondedAt: now },
  });
  for (const p of overdue) {
    await recordAuditEvent(tx, { actorId: null, action: "proposal.expired", entityType: "Proposal", entityId: p.id });
  }
  return count;
}
