import { trustedClientAddress } from "@/lib/auth/forwarded.mjs";
import { productionProblems } from "@/lib/env";
import { cleanQuery, yearParam } from "@/lib/query-params";
import { LINE_MESSAGE, line, PARAGRAPH_MESSAGE, paragraph } from "@/lib/zod";

describe("the client address for rate limits", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(trustedClientAddress(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(trustedClientAddress("1.1.1.1", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(trustedClientAddress("1.1.1.1, 2.2.2.2", "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind trusted proxies, is what the nearest proxy wrote, never a value the client put further left", () => {
    // the client forged "6.6.6.6"; the proxy appended the real address it saw
    expect(trustedClientAddress("6.6.6.6, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(trustedClientAddress("6.6.6.6, 198.51.100.7, 10.0.0.3", "10.0.0.2", 2)).toBe("198.51.100.7");
    // fewer values than hops: the left-most is still only what our own proxies wrote
    expect(trustedClientAddress("198.51.100.7", "10.0.0.2", 5)).toBe("198.51.100.7");
  });
});

describe("production start-up checks", () => {
  const ready = {
    NODE_ENV: "production",
    APP_URL: "https://mentoria.example.org",
    AUTH_SECRET: "a".repeat(40),
    DATABASE_URL: "postgresql://app@db:5432/mentoria",
    RESEND_API_KEY: "re_123",
    EMAIL_FROM: "Mentoria XMESS <mentoria@example.org>",
  } as NodeJS.ProcessEnv;

  it("accepts a complete configuration and a local production build on the embedded database and mailbox", () => {
    expect(productionProblems(ready)).toEqual([]);
    expect(
      productionProblems({
        NODE_ENV: "production",
        APP_URL: "http://localhost:3000",
        AUTH_SECRET: "a".repeat(40),
        PGLITE_DIR: ".data/pglite",
        ENABLE_DEV_MAILBOX: "1",
      } as NodeJS.ProcessEnv),
    ).toEqual([]);
    expect(productionProblems({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toEqual([]);
  });

  it.each([
    ["AUTH_SECRET", { AUTH_SECRET: undefined }],
    ["APP_URL", { APP_URL: "http://mentoria.example.org" }],
    ["DATABASE_URL", { DATABASE_URL: undefined }],
    ["RESEND_API_KEY", { RESEND_API_KEY: undefined }],
    ["EMAIL_FROM", { EMAIL_FROM: undefined }],
    ["ENABLE_DEV_MAILBOX", { ENABLE_DEV_MAILBOX: "1" }],
  ])("refuses to start without a correct %s", (variable, change) => {
    const problems = productionProblems({ ...ready, ...change } as NodeJS.ProcessEnv);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(variable);
  });

  it("lists every problem at once", () => {
    expect(
      productionProblems({ NODE_ENV: "production", APP_URL: "http://mentoria.example.org" } as NodeJS.ProcessEnv),
    ).toHaveLength(5);
  });
});

describe("free text", () => {
  const name = line().trim().min(2);
  const body = paragraph().trim();

  it.each([
    ["a NUL", "Anna\u0000Ferrer"],
    ["a lone carriage return", "Anna\rFerrer"],
    ["a line break", "Anna\nFerrer"],
    ["a tab", "Anna\tFerrer"],
    ["a right-to-left override", "Anna\u202EFerrer"],
    ["a line separator", "Anna\u2028Ferrer"],
  ])("a one-line field refuses %s with a message for the field", (_, value) => {
    const result = name.safeParse(value);
    expect(result.error?.issues.map((i) => i.message)).toEqual([LINE_MESSAGE]);
  });

  it("a paragraph keeps line breaks and tabs, stores CRLF as LF, and refuses NUL, lone CR and direction overrides", () => {
    expect(body.parse("Primera línia\r\n\tsegona")).toBe("Primera línia\n\tsegona");
    for (const bad of ["a\u0000b", "a\rb", "a\u2066b", "a\u0007b"])
      expect(body.safeParse(bad).error?.issues[0].message).toBe(PARAGRAPH_MESSAGE);
    expect(name.parse("  Anna Ferrer  ")).toBe("Anna Ferrer");
  });
});

describe("query parameters", () => {
  it("keeps one plain value per name and drops what could only fail in a query", () => {
    expect(
      cleanQuery({ q: "anna", topic: ["a", "b"], bad: "x\u0000y", long: "x".repeat(201), none: undefined }),
    ).toEqual({ q: "anna", topic: "a" });
  });

  it("reads a year only within the programme's years", () => {
    expect(yearParam("2026")).toBe(2026);
    for (const bad of ["99999999999", "1999", "20x6", "", undefined, "2026.5"]) expect(yearParam(bad)).toBeUndefined();
  });
});
