import { backoffMs } from "@/lib/email/deliver";
import { parseRetryAfter } from "@/lib/email/transports/resend";
import { expiresIn } from "@/lib/auth/magic-link";
import { emailT } from "@/emails/components/i18n";

describe("email retry policy", () => {
  it("backs off exponentially from 30 seconds up to 6 hours, with bounded jitter", () => {
    for (let i = 0; i < 50; i++) {
      const first = backoffMs(1);
      expect(first).toBeGreaterThanOrEqual(24_000);
      expect(first).toBeLessThanOrEqual(36_000);
      const third = backoffMs(3);
      expect(third).toBeGreaterThanOrEqual(96_000);
      expect(third).toBeLessThanOrEqual(144_000);
      expect(backoffMs(30)).toBeLessThanOrEqual(6 * 3_600_000 * 1.2);
    }
  });

  it("reads Retry-After in seconds or as a date", () => {
    expect(parseRetryAfter("120")).toBe(120_000);
    const now = Date.parse("2026-11-28T10:00:00Z");
    expect(parseRetryAfter("Sat, 28 Nov 2026 10:01:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("expiresIn", () => {
  const say = (seconds: number, locale: "ca" | "es") => emailT(locale)("signIn.expiresIn", expiresIn(seconds));
  it("says in Catalan and in Spanish when a link expires", () => {
    expect(say(15 * 60, "ca")).toBe("d'aquí a 15 minuts");
    expect(say(7 * 86_400, "ca")).toBe("d'aquí a 7 dies");
    expect(say(86_400, "ca")).toBe("d'aquí a 24 hores");
    expect(say(15, "ca")).toBe("d'aquí a 15 segons");
    expect(say(15 * 60, "es")).toBe("en 15 minutos");
    expect(say(7 * 86_400, "es")).toBe("en 7 días");
  });
});
