import { addMonths, day, endOfMadridDay, formatDateTime, formatDay, madridDay, startOfMadridDay } from "@/lib/dates";

describe("dates in Europe/Madrid", () => {
  it("formats calendar days the way the Catalan administration writes them", () => {
    expect(formatDay(day("2026-09-15"))).toBe("15 de setembre de 2026");
    expect(formatDay(day("2026-04-01"))).toBe("1 d’abril de 2026");
    expect(formatDay(day("2026-09-15"), "es")).toBe("15 de septiembre de 2026");
  });

  it("formats instants in Madrid time", () => {
    expect(formatDateTime(new Date("2026-09-15T08:30:00Z"))).toBe("15 de setembre de 2026, a les 10:30");
    expect(formatDateTime(new Date("2026-01-15T08:30:00Z"))).toBe("15 de gener de 2026, a les 9:30");
  });

  it("keeps each language's and pattern's formatter apart when they are reused", () => {
    const instant = new Date("2026-09-15T08:30:00Z");
    for (let round = 0; round < 2; round++) {
      expect(formatDay(instant, "es")).toBe("15 de septiembre de 2026");
      expect(formatDay(instant)).toBe("15 de setembre de 2026");
      expect(formatDateTime(instant, "es")).toBe("15 de septiembre de 2026 a las 10:30");
      expect(formatDateTime(instant)).toBe("15 de setembre de 2026, a les 10:30");
      expect(madridDay(new Date("2026-09-15T22:30:00Z")).toISOString()).toBe("2026-09-16T00:00:00.000Z");
    }
  });

  it("ends a deadline day at 23:59:59 local time, summer and winter", () => {
    expect(endOfMadridDay(day("2026-09-15")).toISOString()).toBe("2026-09-15T21:59:59.999Z");
    expect(endOfMadridDay(day("2026-01-15")).toISOString()).toBe("2026-01-15T22:59:59.999Z");
    // the day clocks go forward (29 March 2026) and back (25 October 2026)
    expect(endOfMadridDay(day("2026-03-29")).toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(endOfMadridDay(day("2026-10-25")).toISOString()).toBe("2026-10-25T22:59:59.999Z");
    expect(startOfMadridDay(day("2026-09-15")).toISOString()).toBe("2026-09-14T22:00:00.000Z");
  });

  it("knows which day it is in Madrid", () => {
    expect(madridDay(new Date("2026-09-15T22:30:00Z")).toISOString()).toBe("2026-09-16T00:00:00.000Z");
    expect(madridDay(new Date("2026-09-15T21:30:00Z")).toISOString()).toBe("2026-09-15T00:00:00.000Z");
  });

  it("gives the same Madrid day as the time-zone database at three instants of every hour of 2026, asked once and again", () => {
    const formatter = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Madrid" });
    const expected = (instant: Date) => `${formatter.format(instant)}T00:00:00.000Z`;
    // Each hour's first and last millisecond and a minute inside, through both clock changes.
    for (let hour = Date.UTC(2026, 0, 1); hour < Date.UTC(2027, 0, 1); hour += 3_600_000)
      for (const instant of [hour, hour + 60_000, hour + 3_599_999].map((t) => new Date(t)))
        for (let round = 0; round < 2; round++) expect(madridDay(instant).toISOString()).toBe(expected(instant));
    // The night clocks go back: 00:30 and 01:30 UTC are 02:30 CEST and 02:30 CET, the same day.
    expect(madridDay(new Date("2026-10-25T01:30:00Z")).toISOString()).toBe("2026-10-25T00:00:00.000Z");
    // Before 1980 it is worked out every time (Madrid's offsets were not always whole hours).
    expect(madridDay(new Date("1901-01-01T00:00:00Z")).toISOString()).toBe(expected(new Date("1901-01-01T00:00:00Z")));
    expect(() => madridDay(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("adds months clamping to the end of shorter months", () => {
    expect(addMonths(day("2026-01-31"), 1).toISOString().slice(0, 10)).toBe("2026-02-28");
    expect(addMonths(day("2027-11-15"), 12).toISOString().slice(0, 10)).toBe("2028-11-15");
  });

  it("refuses impossible days", () => {
    expect(() => day("2026-02-30")).toThrow();
    expect(() => day("15/09/2026")).toThrow();
  });
});
