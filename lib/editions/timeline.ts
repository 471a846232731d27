import "server-only";
import type { Edition, EditionPhase } from "@/lib/generated/prisma/client";
import { PHASES } from "./phases";

export type TimelineStep = {
  phase: EditionPhase;
  from: Date | null;
  to: Date | null;
  state: "done" | "current" | "next";
};

/** The edition's phases with the calendar dates that frame each one. */
export function editionTimeline(
  edition: Pick<
    Edition,
    "phase" | "applicationsOpenOn" | "applicationsCloseOn" | "matchingDeadlineOn" | "mentoringStartOn" | "defaultEndOn"
  >,
): TimelineStep[] {
  const frames: Record<EditionPhase, [Date | null, Date | null]> = {
    DRAFT: [null, edition.applicationsOpenOn],
    APPLICATIONS: [edition.applicationsOpenOn, edition.applicationsCloseOn],
    MATCHING: [edition.applicationsCloseOn, edition.matchingDeadlineOn],
    MENTORING: [edition.mentoringStartOn, edition.defaultEndOn],
    CLOSURE: [edition.defaultEndOn, null],
    CLOSED: [null, null],
  };
  const current = PHASES.indexOf(edition.phase);
  return PHASES.map((phase, index) => ({
    phase,
    from: frames[phase][0],
    to: frames[phase][1],
    state: index < current ? "done" : index === current ? "current" : "next",
  }));
}
