import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { assertSignedIn } from "./assert";
import type { Viewer } from "./viewer";

/** "Tanca la sessió a tots els dispositius": every session of the person ends, this one included. */
export async function endAllSessions(actor: Viewer | null) {
  assertSignedIn(actor);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: actor.id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "auth.signed_out_everywhere",
      entityType: "User",
      entityId: actor.id,
      data: { sessions: count },
    });
    return { sessions: count };
  });
}
