// Calendar days (deadlines, start and end dates) are stored as PostgreSQL DATE columns, which
// arrive as Date objects at 00:00 UTC of that day. Instants (timestamps) are formatted and
// compared in Europe/Madrid, where the programme runs: a deadline day ends at 23:59 there.

import { perLocale } from "@/lib/i18n/per-locale";

export const TIME_ZONE = "Europe/Madrid";

export type AppLocale = "ca" | "es";

// Building an Intl.DateTimeFormat costs about 0.1 ms, formatting with one about 1 µs: a page
// that shows fifty dates would spend 5 ms building formatters. Each one is built once.
const MADRID_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const MADRID_TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const MADRID_PARTS = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});
const dayFormat = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
);
const dateTimeFormat = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZone: TIME_ZONE,
    }),
);

/** "2026-09-15" → Date at 2026-09-15T00:00:00Z (a calendar day). */
export function day(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not a calendar day: ${iso}`);
  const value = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(value.getTime()) || value.toISOString().slice(0, 10) !== iso) {
    throw new Error(`Not a calendar day: ${iso}`);
  }
  return value;
}

/** A calendar day as "YYYY-MM-DD". */
export function isoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

// Since 1980 Madrid has been one or two hours ahead of UTC, changing on the hour: every instant
// of a UTC hour falls on the same Madrid day, so the day is formatted once per hour. The sweep
// asks for tens of thousands (each mentorship's acceptance), from a few hundred distinct hours.
const HOUR_MS = 3_600_000;
const SINCE_1980 = Date.UTC(1980, 0, 1);
const dayOfHour = new Map<number, number>();

/** The calendar day in Madrid at the given instant. */
export function madridDay(instant: Date = new Date()): Date {
  const time = instant.getTime();
  // The formatter writes "YYYY-MM-DD": no need for day()'s checks.
  if (!(time >= SINCE_1980)) return new Date(`${MADRID_DAY.format(instant)}T00:00:00Z`);
  const hour = Math.floor(time / HOUR_MS);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    if (dayOfHour.size >= 100_000) dayOfHour.clear(); // about eleven years of distinct hours
    day = Date.parse(`${MADRID_DAY.format(instant)}T00:00:00Z`);
    dayOfHour.set(hour, day);
  }
  return new Date(day);
}

export function addDays(value: Date, days: number): Date {
  return new Date(value.getTime() + days * 86_400_000);
}

/** Adds calendar months, clamping to the last day of the month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(value: Date, months: number): Date {
  const y = value.getUTCFullYear();
  const m = value.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(value.getUTCDate(), lastDay));
  return target;
}

/** The last instant (23:59:59.999 Madrid time) of a calendar day. */
export function endOfMadridDay(value: Date): Date {
  const next = addDays(value, 1);
  return new Date(next.getTime() - madridOffsetMs(next) - 1);
}

/** The first instant (00:00 Madrid time) of a calendar day. */
export function startOfMadridDay(value: Date): Date {
  return new Date(value.getTime() - madridOffsetMs(value));
}

/** Madrid's offset from UTC around a given UTC midnight (DST changes happen at 02:00/03:00). */
function madridOffsetMs(utcMidnight: Date): number {
  return offsetAt(new Date(utcMidnight.getTime() + 12 * 3_600_000));
}

/** "15 de setembre de 2026" for a calendar day. */
export function formatDay(value: Date, locale: AppLocale = "ca"): string {
  const text = dayFormat(locale).format(value);
  return fixCatalanYear(text);
}

/** "15 de setembre de 2026, a les 10:30" for an instant, in Madrid time. */
export function formatDateTime(value: Date, locale: AppLocale = "ca"): string {
  const text = dateTimeFormat(locale).format(value);
  return fixCatalanYear(text);
}

// CLDR writes "del 2026"; the Catalan administration's style guide writes "de 2026".
function fixCatalanYear(text: string): string {
  return text.replace(/ del (\d{4})/, " de $1");
}

/** The instant of a local Madrid date and time ("2026-12-01", "09:30"). */
export function madridInstant(isoDate: string, time: string): Date {
  const [y, mo, d] = isoDate.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  let guess = wall - offsetAt(new Date(wall));
  guess = wall - offsetAt(new Date(guess));
  return new Date(guess);
}

/** "09:30" in Madrid for an instant. */
export function madridTime(instant: Date): string {
  return MADRID_TIME.format(instant);
}

function offsetAt(instant: Date): number {
  const parts = MADRID_PARTS.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (
    Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute")) -
    Math.floor(instant.getTime() / 60_000) * 60_000
  );
}
