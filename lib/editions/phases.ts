import "server-only";
import type { EditionPhase } from "@/lib/generated/prisma/enums";

export const PHASES: EditionPhase[] = ["DRAFT", "APPLICATIONS", "MATCHING", "MENTORING", "CLOSURE", "CLOSED"];

export const PHASE_LABELS: Record<EditionPhase, string> = {
  DRAFT: "Preparació",
  APPLICATIONS: "Inscripcions",
  MATCHING: "Matching",
  MENTORING: "Acompanyament",
  CLOSURE: "Tancament",
  CLOSED: "Tancada",
};

export function nextPhase(phase: EditionPhase): EditionPhase | null {
  const index = PHASES.indexOf(phase);
  return index >= 0 && index < PHASES.length - 1 ? PHASES[index + 1] : null;
}

/**
 * Phases only move forward, one step at a time; the reason is shown to the secretariat as is.
 */
export function phaseChangeProblem(
  edition: { phase: EditionPhase; isCurrent: boolean | null },
  to: EditionPhase,
): string | null {
  if (edition.phase === to) return `La convocatòria ja és a la fase «${PHASE_LABELS[to]}».`;
  const next = nextPhase(edition.phase);
  if (!next) return "La convocatòria ja està tancada: no es pot canviar de fase.";
  if (to !== next) {
    return `No es pot passar de «${PHASE_LABELS[edition.phase]}» a «${PHASE_LABELS[to]}»: la fase següent és «${PHASE_LABELS[next]}».`;
  }
  if (to === "APPLICATIONS" && !edition.isCurrent) {
    return "Només es poden obrir les inscripcions de la convocatòria en curs. Marqueu-la primer com a convocatòria en curs.";
  }
  return null;
}
