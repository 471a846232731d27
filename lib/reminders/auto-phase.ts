import "server-only";
import { describe, log } from "@/lib/log";
import { prisma } from "@/lib/db/client";
import { madridDay } from "@/lib/dates";
import { applyPhaseChange } from "@/lib/editions/phase-change";
import { phaseChangeProblem } from "@/lib/editions/phases";
import type { Edition, EditionPhase } from "@/lib/generated/prisma/client";

/** The phase an edition should be in by its calendar, when that is the next one. */
export function calendarPhase(
  edition: Pick<Edition, "phase" | "applicationsOpenOn" | "applicationsCloseOn" | "mentoringStartOn" | "defaultEndOn">,
  today: Date,
): EditionPhase | null {
  switch (edition.phase) {
    case "DRAFT":
      return today >= edition.applicationsOpenOn ? "APPLICATIONS" : null;
    case "APPLICATIONS":
      return today > edition.applicationsCloseOn ? "MATCHING" : null;
    case "MATCHING":
      return today >= edition.mentoringStartOn ? "MENTORING" : null;
    case "MENTORING":
      return today > edition.defaultEndOn ? "CLOSURE" : null;
    default:
      return null;
  }
}

/**
 * Editions whose secretariat turned on automatic phase changes move at their calendar dates,
 * one step per sweep, with the same emails as a manual change.
 */
export async function applyAutomaticPhaseChanges(now = new Date()) {
  const today = madridDay(now);
  const editions = await prisma.edition.findMany({
    where: { autoPhaseChanges: true, phase: { notIn: ["CLOSED", "CLOSURE"] } },
  });
  const changed: { editionId: string; to: EditionPhase }[] = [];
  for (const edition of editions) {
    const to = calendarPhase(edition, today);
    if (!to || phaseChangeProblem(edition, to)) continue;
    try {
      await applyPhaseChange(null, { editionId: edition.id, from: edition.phase, to }, now);
      changed.push({ editionId: edition.id, to });
    } catch (error) {
      log.error(
        { event: "auto_phase_change_failed", editionId: edition.id, error: describe(error) },
        "automatic phase change failed",
      );
    }
  }
  return changed;
}
