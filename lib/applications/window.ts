import "server-only";
import type { MessageRef } from "@/lib/errors";
import { endOfMadridDay, startOfMadridDay } from "@/lib/dates";
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

/** Why the application can't be written now: an "appErrors" message. */
export function closedMessage(
  edition: Pick<Edition, "applicationsCloseOn" | "phase">,
  window: ApplicationWindow,
): MessageRef {
  if (window === "not-open") return { key: "window.notOpen" };
  return { key: "window.closed", values: { date: edition.applicationsCloseOn } };
}
