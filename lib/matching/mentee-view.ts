import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";

export type MatchState =
  | { kind: "none" }
  | { kind: "waiting" }
  | { kind: "searching" }
  | { kind: "proposed" }
  | {
      kind: "matched";
      mentorshipId: string;
      mentor: {
        name: string | null;
        email: string;
        phone: string | null;
        position: string | null;
        municipality: string | null;
      };
    };

/** The applicant's side of the matching, in plain terms: never who declined. */
export async function getMyMatchState(actor: Viewer, editionId: string): Promise<MatchState> {
  const application = await prisma.application.findFirst({
    where: { editionId, applicantId: actor.id, live: true },
    select: {
      status: true,
      proposals: { select: { status: true, live: true } },
      mentorship: {
        select: {
          id: true,
          mentor: {
            select: { name: true, email: true, phone: true, position: true, municipality: { select: { name: true } } },
          },
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
      mentor: {
        name: m.name,
        email: m.email,
        phone: m.phone,
        position: m.position,
        municipality: m.municipality?.name ?? null,
      },
    };
  }
  if (application.proposals.some((p) => p.live && p.status === "PENDING")) return { kind: "proposed" };
  // A proposal that did not go ahead (declined or unanswered): said plainly, with no name and no blame.
  return application.proposals.some((p) => p.status === "DECLINED" || p.status === "EXPIRED")
    ? { kind: "searching" }
    : { kind: "waiting" };
}
