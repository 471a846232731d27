import http from "node:http";
import type { AddressInfo } from "node:net";
import { createElement } from "react";
import SignInLinkEmail from "@/emails/SignInLinkEmail";
import { prisma } from "@/lib/db/client";
import { deliverDueEmails } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { resendTransport } from "@/lib/email/transports/resend";
import type { Transport } from "@/lib/email/transports/types";
import { unique } from "../support/factories";

const element = createElement(SignInLinkEmail, SignInLinkEmail.PreviewProps);

async function queue(n: number) {
  const to: string[] = [];
  for (let i = 0; i < n; i++) {
    const address = `${unique("r")}@example.org`;
    await prisma.$transaction((tx) =>
      enqueueEmail(tx, { template: "test", to: address, subject: `Missatge ${i}`, element }),
    );
    to.push(address);
  }
  return to;
}

/**
 * A local stand-in for Resend's API: the first requests fail with 500, the next with 429 and
 * Retry-After, then it recovers. Like Resend, a repeated Idempotency-Key returns the first
 * result without sending again.
 */
function fakeResend({ failures = 8, throttled = 6 } = {}) {
  let requests = 0;
  const sent = new Map<string, { id: string; to: string }>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      requests += 1;
      if (req.headers.authorization !== "Bearer re_test") return res.writeHead(401).end();
      if (requests <= failures)
        return res.writeHead(500, { "Content-Type": "application/json" }).end('{"name":"internal_server_error"}');
      if (requests <= failures + throttled)
        return res
          .writeHead(429, { "Retry-After": "2", "Content-Type": "application/json" })
          .end('{"name":"rate_limit_exceeded"}');
      const key = String(req.headers["idempotency-key"]);
      const existing = sent.get(key);
      const record = existing ?? { id: `re_${sent.size + 1}`, to: JSON.parse(body).to[0] };
      if (!existing) sent.set(key, record);
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ id: record.id }));
    });
  });
  return {
    sent,
    requests: () => requests,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeEach(async () => {
  await prisma.emailMessage.deleteMany();
});

describe("delivery through Resend while it fails for a while", () => {
  it("delivers every message after it recovers: none twice, none lost", async () => {
    const resend = fakeResend();
    const url = await resend.start();
    try {
      const to = await queue(12);
      const transport = resendTransport("re_test", url);
      let now = new Date();
      for (let round = 0; round < 40; round++) {
        await deliverDueEmails({ transport, now: () => now });
        if (!(await prisma.emailMessage.count({ where: { status: { not: "SENT" } } }))) break;
        now = new Date(now.getTime() + 10 * 60_000);
      }
      const rows = await prisma.emailMessage.findMany({ where: { toEmail: { in: to } } });
      expect(rows.map((r) => r.status)).toEqual(Array(12).fill("SENT"));
      expect(resend.sent.size).toBe(12);
      expect(new Set([...resend.sent.values()].map((s) => s.to))).toEqual(new Set(to));
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
      await deliverDueEmails({ transport: resendTransport("re_test", url), now: () => now });
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
      await deliverDueEmails({ transport: resendTransport("re_test", url) });
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
