import "server-only";
import type { Tx } from "@/lib/db/client";
import { endOfMadridDay, isoDay } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";
import { effectiveStart } from "@/lib/mentorships/period";
import { CALENDAR_FIELDS, type CalendarField } from "./calendar-fields";
import { editionReminderSettings } from "@/lib/reminders/settings";

type Calendar = Pick<Edition, CalendarField>;

/** Data only (days as "2026-11-02", reminders by rule): the form words it in the page's language. */
export type CalendarImpact = {
  changes: { field: CalendarField; from: string; to: string }[];
  /** Mentorships whose start follows the edition's: their start, end limit and reminders move. */
  following: number;
  /** Pairs that agreed their own start: they keep their dates. */
  ownDates: { id: string; mentee: string; mentor: string; start: string }[];
  pendingProposals: number;
  /** Pending proposals whose answer deadline falls after the new matching deadline. */
  proposalsPastDeadline: number;
  reminders: { rule: "applicationsClosing" | "availabilityPending" | "startRules"; people: number }[];
};

/**
 * What a change of the edition's calendar moves, shown to the secretariat before it is saved:
 * the mentorships that follow the edition's start, the pairs that keep their own agreed dates,
 * the pending proposals, and the scheduled reminders whose dates change.
 */
export async function calendarImpact(tx: Tx, edition: Edition, next: Calendar): Promise<CalendarImpact | null> {
  const changes = CALENDAR_FIELDS.filter((field) => edition[field].getTime() !== next[field].getTime()).map(
    (field) => ({
      field,
      from: isoDay(edition[field]),
      to: isoDay(next[field]),
    }),
  );
  if (!changes.length) return null;
  const moved = new Set(changes.map((c) => c.field));
  const [mentorships, pendingProposals, proposalsPastDeadline, technicians, mentorsWithoutOffer] = await Promise.all([
    tx.mentorship.findMany({
      where: { editionId: edition.id, status: { in: ["AGREEING", "ACTIVE"] } },
      select: {
        id: true,
        acceptedAt: true,
        agreedStartOn: true,
        mentor: { select: { name: true } },
        mentee: { select: { name: true } },
      },
      orderBy: { acceptedAt: "asc" },
    }),
    tx.proposal.count({ where: { editionId: edition.id, status: "PENDING" } }),
    tx.proposal.count({
      where: { editionId: edition.id, status: "PENDING", respondBy: { gt: endOfMadridDay(next.matchingDeadlineOn) } },
    }),
    moved.has("applicationsCloseOn") && edition.phase === "APPLICATIONS"
      ? tx.user.count({
          where: {
            role: "TECHNICIAN",
            isMentor: false,
            deactivatedAt: null,
            erasedAt: null,
            applications: { none: { editionId: edition.id, status: "SUBMITTED" } },
          },
        })
      : 0,
    (moved.has("applicationsOpenOn") || moved.has("matchingDeadlineOn")) &&
    (edition.phase === "APPLICATIONS" || edition.phase === "MATCHING")
      ? tx.user.count({
          where: {
            role: "TECHNICIAN",
            isMentor: true,
            deactivatedAt: null,
            erasedAt: null,
            mentorOffers: { none: { editionId: edition.id } },
          },
        })
      : 0,
  ]);
  const ownDates = mentorships.filter((m) => m.agreedStartOn);
  const following = moved.has("mentoringStartOn")
    ? mentorships.filter(
        (m) => !m.agreedStartOn && effectiveStart(m, edition).getTime() !== effectiveStart(m, next).getTime(),
      ).length
    : 0;
  const settings = editionReminderSettings(edition.reminderSettings);
  const startRules = (["noFirstContact", "noAgreement"] as const).filter((rule) => settings[rule].enabled).length;
  const reminders = (
    [
      { rule: "applicationsClosing", people: settings.applicationsClosing.enabled ? technicians : 0 },
      { rule: "availabilityPending", people: settings.availabilityPending.enabled ? mentorsWithoutOffer : 0 },
      { rule: "startRules", people: following * startRules * 2 },
    ] as const
  ).filter((r) => r.people > 0);
  return {
    changes,
    following,
    ownDates: ownDates.map((m) => ({
      id: m.id,
      mentee: m.mentee.name ?? "",
      mentor: m.mentor.name ?? "",
      start: isoDay(m.agreedStartOn!),
    })),
    pendingProposals,
    proposalsPastDeadline,
    reminders,
  };
}
