import "server-only";
import { assertSignedIn } from "@/lib/auth/assert";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import type { Tx } from "@/lib/db/client";
import { conflict, forbidden, notFound } from "@/lib/errors";
import type { PartyRole } from "@/lib/generated/prisma/enums";

export type Access = {
  role: PartyRole | "SECRETARIAT";
  mentorship: Awaited<ReturnType<typeof findMentorship>> & object;
};

function findMentorship(tx: Tx, id: string) {
  return tx.mentorship.findUnique({
    where: { id },
    include: {
      edition: true,
      agreement: true,
      extensions: { orderBy: { createdAt: "desc" } },
      recordSheet: true,
      evaluations: true,
    },
  });
}

/**
 * Only the two parties and the secretariat may read or act on a mentorship. Anybody else gets
 * "not found", so the existence of a mentorship is not revealed either.
 */
export async function mentorshipAccess(tx: Tx, actor: Viewer | null, id: string): Promise<Access> {
  assertSignedIn(actor);
  const mentorship = await findMentorship(tx, id);
  if (!mentorship) throw notFound();
  if (mentorship.mentorId === actor.id) return { role: "MENTOR", mentorship };
  if (mentorship.menteeId === actor.id) return { role: "MENTEE", mentorship };
  if (can(actor, "mentorship:oversee")) return { role: "SECRETARIAT", mentorship };
  throw notFound();
}

/** For actions only a party may take (not the secretariat). */
export async function partyAccess(tx: Tx, actor: Viewer | null, id: string) {
  const access = await mentorshipAccess(tx, actor, id);
  if (access.role === "SECRETARIAT") throw forbidden({ key: "access.accioDuesPartsAcompanyament" });
  return access as Access & { role: PartyRole };
}

export function assertOpen(mentorship: { status: string }) {
  if (mentorship.status !== "AGREEING" && mentorship.status !== "ACTIVE") {
    throw conflict({ key: "common.mentorshipNotActive" });
  }
}

export const otherParty = (role: PartyRole) => (role === "MENTOR" ? "MENTEE" : "MENTOR");
