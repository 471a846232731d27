import "server-only";
import type { MessageRef } from "@/lib/errors";
import type { EditionPhase } from "@/lib/generated/prisma/enums";

export const PHASES: EditionPhase[] = ["DRAFT", "APPLICATIONS", "MATCHING", "MENTORING", "CLOSURE", "CLOSED"];

export function nextPhase(phase: EditionPhase): EditionPhase | null {
  const index = PHASES.indexOf(phase);
  return index >= 0 && index < PHASES.length - 1 ? PHASES[index + 1] : null;
}

/**
 * Phases only move forward, one step at a time; the reason (an "appErrors" message) is shown to the secretariat.
 */
export function phaseChangeProblem(
  edition: { phase: EditionPhase; isCurrent: boolean | null },
  to: EditionPhase,
): MessageRef | null {
  if (edition.phase === to) return { key: "phase.already", values: { to } };
  const next = nextPhase(edition.phase);
  if (!next) return { key: "phase.closed" };
  if (to !== next) {
    return { key: "phase.notNext", values: { from: edition.phase, to, next } };
  }
  if (to === "APPLICATIONS" && !edition.isCurrent) {
    return { key: "phase.notCurrent" };
  }
  return null;
}
