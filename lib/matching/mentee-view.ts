import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";

export type MatchState =
  | { kind: "none" }
  | { kind: "waiting" }
  | { kind: "proposed" }
  | {
      kind: "matched";
      mentorshipId: string;
      mentor: { name: string | null; email: string; phone: string | null; position: string | null; municipality: string | null };
    };

/** The applicant's side of the matching, in plain terms: never who declined. */
export async function getMyMatchState(actor: Viewer, editionId: string): Promise<MatchState> {
  const application = await prisma.application.findFirst({
    where: { editionId, applicantId: actor.id, live: true },
    select: {
      status: true,
      proposals: { where: { live: true }, select: { status: true } },
      mentorship: {
        select: {
          id: true,
          mentor: { select: { name: true, email: true, phone: true, position: true, municipality: { select: { name: true } } } },
        },
      },
    },
  });
  if (!application || application.status !== "SUBMITTED") return { kind: "none" };
  if (application.mentorship) {
    const m = application.mentorship.mentor;
    return {
      kind: "matched",
      mentorshipId: application.mentorship.id,
      mentor: { name: m.name, email: m.email, phone: m.phone, position: m.position, municipality: m.municipality?.name ?? null },
    };
  }
  return application.proposals.some((p) => p.status === "PENDING") ? { kind: "proposed" } : { kind: "waiting" };
}
