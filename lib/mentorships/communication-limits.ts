import "server-only";
import { takeRateLimit } from "@/lib/auth/rate-limit";
import type { Viewer } from "@/lib/auth/viewer";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { conflict, forbidden } from "@/lib/errors";
import { needsProfile } from "@/lib/people/own-profile";

const DAY_MS = 86_400_000;

/**
 * Every message to the secretariat is emailed to each of its members, so only people the
 * secretariat knows write to it: approved, with a completed profile, and at most
 * COMMUNICATIONS_PER_DAY messages (new communications and follow-ups) in 24 hours.
 */
export async function assertMayWriteToSecretariat(tx: Tx, actor: Viewer, now: Date) {
  const person = await tx.user.findUnique({
    where: { id: actor.id },
    select: { role: true, approvalStatus: true, municipalityId: true, privacyAcceptedAt: true, name: true },
  });
  if (!person || person.approvalStatus !== "APPROVED") throw forbidden();
  if (needsProfile(person)) throw forbidden({ key: "communicationLimits.abansEscriureSecretariaCompleteu" });
  const max = env().COMMUNICATIONS_PER_DAY;
  const allowed = await takeRateLimit(
    tx,
    [{ bucket: "communication:person", key: actor.id, max, windowMs: DAY_MS }],
    now,
  );
  if (!allowed) {
    throw conflict({ key: "communicationLimits.tooMany", values: { max, email: env().CONTACT_EMAIL } });
  }
}
