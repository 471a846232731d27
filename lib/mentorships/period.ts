import "server-only";
import { madridDay } from "@/lib/dates";
import { invalid } from "@/lib/errors";
import { endDateLimit } from "./rules";

// One start and one end per mentorship, used by pages, exports, reminders and the date rules.
//
// - The pairing begins when the mentor accepts the proposal: nothing the pair records (first
//   contact, held meetings, their own start) can be dated before that day.
// - The start is the pair's own, when their confirmed agreement sets one; otherwise the
//   edition's mentoring start, or the day of acceptance for a pair accepted after it. So a
//   calendar change by the secretariat reaches every pair that has not agreed its own start.
// - The end is the agreed one; before an agreement, the edition's default end, within the
//   maximum duration.

type Pairing = { acceptedAt: Date; agreedStartOn: Date | null; endOn: Date | null };
type Calendar = { mentoringStartOn: Date; defaultEndOn: Date; maxDurationMonths: number };

export function acceptedOn(m: Pick<Pairing, "acceptedAt">): Date {
  return madridDay(m.acceptedAt);
}

export function effectiveStart(
  m: Pick<Pairing, "acceptedAt" | "agreedStartOn">,
  edition: Pick<Calendar, "mentoringStartOn">,
  accepted = acceptedOn(m),
): Date {
  if (m.agreedStartOn) return m.agreedStartOn;
  return accepted > edition.mentoringStartOn ? accepted : edition.mentoringStartOn;
}

export function effectivePeriod(m: Pairing, edition: Calendar, acceptedExtensions: { newEndOn: Date }[] = []) {
  const accepted = acceptedOn(m);
  const start = effectiveStart(m, edition, accepted);
  const limit = endDateLimit(start, edition, acceptedExtensions);
  const end = m.endOn ?? (edition.defaultEndOn < limit ? edition.defaultEndOn : limit);
  return { accepted, start, end, limit, followsEdition: !m.agreedStartOn };
}

/** A date the pair records (a first contact, a held meeting, their own start) cannot be before the acceptance. */
export function assertNotBeforeAcceptance(m: Pick<Pairing, "acceptedAt">, date: Date, field: string) {
  const accepted = acceptedOn(m);
  if (date < accepted) {
    throw invalid(
      { key: "invalidInput" },
      {
        [field]: [{ key: "period.beforeAcceptance", values: { date: accepted } }],
      },
    );
  }
}

/** Whether a meeting falls within the pairing: from the day of acceptance to the end of the period. */
export function withinPairing(startsAt: Date, period: { accepted: Date; end: Date }) {
  const day = madridDay(startsAt);
  return day >= period.accepted && day <= period.end;
}
