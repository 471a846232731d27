import http from "node:http";
import type { AddressInfo } from "node:net";
import { prisma } from "@/lib/db/client";
import { deliverDueEmails } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { resendTransport } from "@/lib/email/transports/resend";
import type { Transport } from "@/lib/email/transports/types";
import { checkHealth } from "@/lib/db/health";
import { env } from "@/lib/env";
import { listEmails } from "@/lib/email/log";
import { getDashboard } from "@/lib/reports/dashboard";
import { viewerOf } from "../support/actors";
import { createEdition, createSecretariat, unique } from "../support/factories";

async function queue(n: number) {
  const to: string[] = [];
  for (let i = 0; i < n; i++) {
    const address = `${unique("r")}@example.org`;
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        template: "late-application-allowed",
        to: { id: null, email: address, locale: "ca" },
        props: { name: `Persona ${i}`, editionName: "Convocatòria de prova", path: "/sollicitud" },
      }),
    );
    to.push(address);
  }
  return to;
}

/**
 * A local stand-in for Resend's API: the first requests fail with 500, the next with 429 and
 * Retry-After, then it recovers (see standIn); a wrong API key is refused.
 */
function fakeResend({ failures = 8, throttled = 6 } = {}) {
  return standIn((n, _path, headers) => {
    if (headers.authorization !== "Bearer re_test") return { status: 401 };
    if (n <= failures) return { status: 500, body: { name: "internal_server_error" } };
    if (n <= failures + throttled)
      return { status: 429, headers: { "Retry-After": "2" }, body: { name: "rate_limit_exceeded" } };
    return null;
  });
}

beforeEach(async () => {
  await prisma.emailMessage.deleteMany();
  await prisma.emailHold.deleteMany();
});

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/**
 * A stand-in for Resend that answers each request with `answer(n)` (n from 1), or accepts it:
 * like Resend, a repeated Idempotency-Key returns the first result without sending again.
 */
function standIn(answer: (n: number, path: string, headers: http.IncomingHttpHeaders) => Answer | null) {
  let requests = 0;
  const paths: string[] = [];
  const sent = new Map<string, { id: string; body: Record<string, unknown> }>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      requests += 1;
      const refusal = answer(requests, req.url ?? "", req.headers);
      if (refusal)
        return res
          .writeHead(refusal.status, { "Content-Type": "application/json", ...refusal.headers })
          .end(refusal.body === undefined ? "" : JSON.stringify(refusal.body));
      const key = String(req.headers["idempotency-key"]);
      const parsed = JSON.parse(body);
      const emails: Record<string, unknown>[] = Array.isArray(parsed) ? parsed : [parsed];
      paths.push(req.url ?? "");
      const ids = emails.map((email, i) => {
        const record = sent.get(`${key}#${i}`) ?? { id: `re_${sent.size + 1}`, body: email };
        sent.set(`${key}#${i}`, record);
        return { id: record.id };
      });
      res
        .writeHead(200, { "Content-Type": "application/json" })
        .end(JSON.stringify(Array.isArray(parsed) ? { data: ids } : ids[0]));
    });
  });
  return {
    sent,
    paths,
    requests: () => requests,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Resend without its batch endpoint: every message its own request. */
const oneByOne = (url: string, maxPerSecond = 100): Transport => ({
  ...resendTransport("re_test", url, maxPerSecond),
  sendBatch: undefined,
});

async function withStandIn(
  answer: (n: number, path: string) => Answer | null,
  run: (url: string, resend: ReturnType<typeof standIn>) => Promise<void>,
) {
  const resend = standIn(answer);
  const url = await resend.start();
  try {
    await run(url, resend);
  } finally {
    await resend.stop();
  }
}

describe("delivery through Resend while it fails for a while", () => {
  it("delivers every message after it recovers: none twice, none lost", async () => {
    const resend = fakeResend();
    const url = await resend.start();
    try {
      const to = await queue(12);
      const transport = oneByOne(url); // each message its own retries (fan-outs: below)
      let now = new Date();
      for (let round = 0; round < 40; round++) {
        await deliverDueEmails({ transport, now: () => now });
        if (!(await prisma.emailMessage.count({ where: { status: { not: "SENT" } } }))) break;
        now = new Date(now.getTime() + 10 * 60_000);
      }
      const rows = await prisma.emailMessage.findMany({ where: { toEmail: { in: to } } });
      expect(rows.map((r) => r.status)).toEqual(Array(12).fill("SENT"));
      expect(resend.sent.size).toBe(12);
      expect(new Set([...resend.sent.values()].map((s) => (s.body.to as string[])[0]))).toEqual(new Set(to));
      expect(new Set(rows.map((r) => r.providerId)).size).toBe(12);
      expect(rows.some((r) => r.attempts > 1)).toBe(true);
      expect(resend.requests()).toBeGreaterThan(12);
    } finally {
      await resend.stop();
    }
  });

  it("honours Retry-After: a throttled message waits at least that long", async () => {
    const resend = fakeResend({ failures: 0, throttled: 1 });
    const url = await resend.start();
    try {
      await queue(1);
      const now = new Date();
      await deliverDueEmails({ transport: resendTransport("re_test", url, 100), now: () => now });
      const row = await prisma.emailMessage.findFirstOrThrow();
      expect(row.status).toBe("PENDING");
      expect(row.nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(2_000);
    } finally {
      await resend.stop();
    }
  });

  it("does not retry a permanent error (a 4xx other than 408/409/429)", async () => {
    await queue(1);
    const server = http.createServer((_req, res) =>
      res.writeHead(422, { "Content-Type": "application/json" }).end('{"name":"validation_error"}'),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await deliverDueEmails({ transport: resendTransport("re_test", url, 100) });
      expect(await prisma.emailMessage.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 1 });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("two workers at once", () => {
  it("deliver each message exactly once", async () => {
    await queue(40);
    const deliveries: string[] = [];
    const slow: Transport = {
      name: "resend",
      async send(message) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        deliveries.push(message.id);
        return { providerId: `p-${message.id}` };
      },
    };
    const [a, b] = await Promise.all([
      deliverDueEmails({ transport: slow, batchSize: 5 }),
      deliverDueEmails({ transport: slow, batchSize: 5 }),
    ]);
    expect(a.sent + b.sent).toBe(40);
    expect(deliveries).toHaveLength(40);
    expect(new Set(deliveries).size).toBe(40);
    expect(await prisma.emailMessage.count({ where: { status: "SENT" } })).toBe(40);
  });
});

describe("email log", () => {
  it("the secretariat resends a failed message; only failed ones", async () => {
    const { resendEmail } = await import("@/lib/email/log");
    const { createSecretariat } = await import("../support/factories");
    const { viewerOf } = await import("../support/actors");
    const member = viewerOf(await createSecretariat());
    await queue(1);
    const row = await prisma.emailMessage.findFirstOrThrow();
    await expect(resendEmail(member, row.id)).rejects.toThrow(/Només es poden reenviar/);
    await prisma.emailMessage.update({
      where: { id: row.id },
      data: { status: "FAILED", attempts: 8, lastError: "bad" },
    });
    await resendEmail(member, row.id);
    expect(await prisma.emailMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
      lastError: null,
      idempotencyKey: row.idempotencyKey,
    });
    await expect(resendEmail(null, row.id)).rejects.toMatchObject({ name: "AppError" });
  });
});

describe("holds: a quota used up or a configuration refused stops sending without spending attempts", () => {
  const quota = (name: string) => (n: number) =>
    n === 1 ? { status: 429, body: { name, statusCode: 429, message: "You have reached your quota." } } : null;

  it("a daily quota holds until the next UTC day, then every message goes once", async () => {
    await withStandIn(quota("daily_quota_exceeded"), async (url, resend) => {
      const to = await queue(3);
      const transport = resendTransport("re_test", url, 100);
      const now = new Date();
      const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
      expect(await deliverDueEmails({ transport, now: () => now })).toMatchObject({ sent: 0, held: 1 });
      const hold = await prisma.emailHold.findFirstOrThrow();
      expect(hold).toMatchObject({ reason: "daily_quota", until: midnight });
      const rows = await prisma.emailMessage.findMany({ where: { toEmail: { in: to } } });
      expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array(3).fill(["PENDING", 0]));
      expect(await checkHealth()).toMatchObject({ status: "degraded", sending: { held: "daily_quota" } });
      // The secretariat sees it on the dashboard's attention list and on the email log.
      const secretariat = viewerOf(await createSecretariat());
      const edition = await createEdition();
      const attention = (await getDashboard(secretariat, edition.id, now)).attention;
      expect(attention.find((a) => a.key === "hold" && a.values?.reason === "daily_quota")).toMatchObject({
        count: 3,
        href: "/secretaria/correus?status=PENDING",
      });
      expect((await listEmails(secretariat)).hold).toMatchObject({ reason: "daily_quota" });

      // Later the same day: nothing is tried.
      await deliverDueEmails({ transport, now: () => new Date((now.getTime() + midnight.getTime()) / 2) });
      expect(resend.requests()).toBe(1);

      await deliverDueEmails({ transport, now: () => new Date(midnight.getTime() + 1000) });
      const after = await prisma.emailMessage.findMany({ where: { toEmail: { in: to } } });
      expect(after.map((r) => [r.status, r.attempts])).toEqual(Array(3).fill(["SENT", 1]));
      expect(resend.sent.size).toBe(3);
      expect(await prisma.emailHold.count()).toBe(0);
    });
  });

  it("a monthly quota holds until the first day of the next month", async () => {
    await withStandIn(quota("monthly_quota_exceeded"), async (url) => {
      await queue(1);
      await deliverDueEmails({
        transport: resendTransport("re_test", url, 100),
        now: () => new Date("2026-12-15T10:00:00Z"),
      });
      expect(await prisma.emailHold.findFirstOrThrow()).toMatchObject({
        reason: "monthly_quota",
        until: new Date("2027-01-01T00:00:00Z"),
      });
      expect(await prisma.emailMessage.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 0 });
    });
  });

  it.each([
    ["a revoked key (401)", { status: 401 }],
    [
      "an invalid key (403)",
      { status: 403, body: { name: "invalid_api_key", statusCode: 403, message: "API key is invalid" } },
    ],
    [
      "a sender not verified",
      { status: 403, body: { name: "invalid_from_address", statusCode: 403, message: "Invalid `from` field." } },
    ],
  ])("%s holds sending and retries every few minutes until a send succeeds", async (_case, refusal) => {
    let fixed = false;
    await withStandIn(
      () => (fixed ? null : (refusal as Answer)),
      async (url, resend) => {
        await queue(2);
        const transport = resendTransport("re_test", url, 100);
        const now = new Date();
        expect(await deliverDueEmails({ transport, now: () => now })).toMatchObject({ held: 1 });
        expect(await prisma.emailHold.findFirstOrThrow()).toMatchObject({ reason: "configuration" });
        expect(await prisma.emailMessage.count({ where: { status: "PENDING", attempts: 0 } })).toBe(2);

        await deliverDueEmails({ transport, now: () => new Date(now.getTime() + 11 * 60_000) });
        expect(resend.requests()).toBe(2);
        expect(await prisma.emailMessage.count({ where: { status: "PENDING", attempts: 0 } })).toBe(2);

        fixed = true;
        await deliverDueEmails({ transport, now: () => new Date(now.getTime() + 22 * 60_000) });
        expect(await prisma.emailMessage.count({ where: { status: "SENT" } })).toBe(2);
        expect(await prisma.emailHold.count()).toBe(0);
      },
    );
  });

  it("a server error is retried without a hold; the rate limit waits for Retry-After", async () => {
    await withStandIn(
      (n) =>
        n === 1
          ? { status: 500, body: { name: "internal_server_error", statusCode: 500, message: "oops" } }
          : n === 2
            ? {
                status: 429,
                body: { name: "rate_limit_exceeded", statusCode: 429, message: "slow" },
                headers: { "retry-after": "5" },
              }
            : null,
      async (url) => {
        await queue(2);
        const now = new Date();
        await deliverDueEmails({ transport: oneByOne(url), now: () => now });
        expect(await prisma.emailHold.count()).toBe(0);
        const rows = await prisma.emailMessage.findMany({ orderBy: { nextAttemptAt: "asc" } });
        expect(rows.map((r) => [r.status, r.attempts])).toEqual([
          ["PENDING", 1],
          ["PENDING", 1],
        ]);
        expect(rows[1].nextAttemptAt.getTime() - now.getTime()).toBeGreaterThanOrEqual(5_000);
      },
    );
  });
});

describe("pacing and the message sent", () => {
  it("sends at most EMAIL_MAX_PER_SECOND a second, with Reply-To the secretariat's address", async () => {
    await withStandIn(
      () => null,
      async (url, resend) => {
        await queue(5);
        const started = Date.now();
        expect(await deliverDueEmails({ transport: oneByOne(url, 2) })).toMatchObject({ sent: 5 });
        expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
        const bodies = [...resend.sent.values()].map((s) => s.body);
        expect(bodies).toHaveLength(5);
        for (const body of bodies) expect(body.reply_to).toBe(env().CONTACT_EMAIL);
      },
    );
  });
});

describe("fan-outs of one template", () => {
  it("go as one batch request, each message once, paced as one request", async () => {
    await withStandIn(
      () => null,
      async (url, resend) => {
        const to = await queue(5);
        expect(await deliverDueEmails({ transport: resendTransport("re_test", url, 2) })).toMatchObject({ sent: 5 });
        expect(resend.paths).toEqual(["/emails/batch"]);
        const rows = await prisma.emailMessage.findMany({ where: { toEmail: { in: to } } });
        expect(rows.map((r) => r.status)).toEqual(Array(5).fill("SENT"));
        expect(new Set(rows.map((r) => r.providerId)).size).toBe(5);
        expect(new Set([...resend.sent.values()].map((s) => (s.body.to as string[])[0]))).toEqual(new Set(to));
      },
    );
  });

  it("a batch refused for one of its messages is sent again one by one, so the others still go", async () => {
    await withStandIn(
      (_n, path) =>
        path === "/emails/batch"
          ? { status: 422, body: { name: "validation_error", statusCode: 422, message: "Invalid `to` field." } }
          : null,
      async (url, resend) => {
        await queue(3);
        expect(await deliverDueEmails({ transport: resendTransport("re_test", url, 100) })).toMatchObject({ sent: 3 });
        expect(resend.paths).toEqual(["/emails", "/emails", "/emails"]);
        expect(await prisma.emailMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(3);
      },
    );
  });

  it("a batch that meets a server error is retried whole, and then each message goes once", async () => {
    await withStandIn(
      (n) =>
        n === 1 ? { status: 500, body: { name: "internal_server_error", statusCode: 500, message: "oops" } } : null,
      async (url, resend) => {
        await queue(4);
        const transport = resendTransport("re_test", url, 100);
        const now = new Date();
        expect(await deliverDueEmails({ transport, now: () => now })).toMatchObject({ retried: 4 });
        await deliverDueEmails({ transport, now: () => new Date(now.getTime() + 3_600_000) });
        expect(await prisma.emailMessage.count({ where: { status: "SENT", attempts: 2 } })).toBe(4);
        expect(resend.sent.size).toBe(4);
        expect(resend.paths).toEqual(["/emails/batch"]);
      },
    );
  });
});
