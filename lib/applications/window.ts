import "server-only";
import { endOfMadridDay, formatDay, startOfMadridDay } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";

export type ApplicationWindow = "not-open" | "open" | "closed";

/** Applications are taken while the edition is in APPLICATIONS, from the opening day to 23:59 of the closing day. */
export function applicationWindow(
  edition: Pick<Edition, "phase" | "applicationsOpenOn" | "applicationsCloseOn">,
  now = new Date(),
): ApplicationWindow {
  if (edition.phase === "DRAFT") return "not-open";
  if (edition.phase !== "APPLICATIONS") return "closed";
  if (now < startOfMadridDay(edition.applicationsOpenOn)) return "not-open";
  if (now > endOfMadridDay(edition.applicationsCloseOn)) return "closed";
  return "open";
}

/** A late application accepted by the secretariat can be completed until the matching ends. */
export function lateApplicationOpen(
  edition: Pick<Edition, "phase">,
  application: { lateAcceptedAt: Date | null } | null,
) {
  return Boolean(application?.lateAcceptedAt) && (edition.phase === "APPLICATIONS" || edition.phase === "MATCHING");
}

export function closedMessage(edition: Pick<Edition, "applicationsCloseOn" | "phase">, window: ApplicationWindow) {
  if (window === "not-open") return "Les inscripcions d'aquesta convocatòria encara no estan obertes.";
  return `El termini d'inscripció es va tancar el ${formatDay(edition.applicationsCloseOn)}. Si encara voleu participar, escriviu a la secretaria de l'XMESS: pot acceptar una sol·licitud fora de termini.`;
}
