import { createElement } from "react";
import SignInLinkEmail from "@/emails/SignInLinkEmail";
import { prisma } from "@/lib/db/client";
import { deliverDueEmails, MAX_ATTEMPTS } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { mailboxTransport } from "@/lib/email/transports/mailbox";
import { DeliveryError, type OutgoingMessage, type Transport } from "@/lib/email/transports/types";
import { sendSignInLinkEmail } from "@/lib/email/senders/sign-in-link";
import { unique } from "../support/factories";

const element = createElement(SignInLinkEmail, SignInLinkEmail.PreviewProps);

async function queue(to = `${unique("to")}@example.org`) {
  await prisma.$transaction((tx) => enqueueEmail(tx, { template: "test", to, subject: "Assumpte de prova", element }));
  return to;
}


describe("outbox", () => {
  // This file has its own database: each test starts with an empty outbox.
  beforeEach(async () => {
    await prisma.emailMessage.deleteMany();
  });

  it("queues nothing when the transaction that queued it rolls back", async () => {
    const to = `${unique("rollback")}@example.org`;
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, { template: "test", to, subject: "No", element });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await prisma.emailMessage.count({ where: { toEmail: to } })).toBe(0);
  });

  it("renders HTML and a plain-text part in Catalan", async () => {
    const to = await queue();
    const message = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(message.html).toContain('lang="ca"');
    expect(message.text).toContain("Obre la pàgina d'entrada");
    expect(message.text).not.toContain("<");
  });

  it("delivers to the local mailbox once, and clears a sign-in link from the log after sending", async () => {
    const to = `${unique("mailbox")}@example.org`;
    await prisma.$transaction((tx) =>
      sendSignInLinkEmail(tx, { to, url: "http://localhost:3000/ca/entrar/confirmar?token=secret", expiresInText: "aviat", purpose: "sign-in" }),
    );
    const transport = mailboxTransport(prisma);
    await deliverDueEmails({ transport });
    await deliverDueEmails({ transport });
    const inbox = await prisma.mailboxMessage.findMany({ where: { to } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].text).toContain("token=secret");
    const logged = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(logged).toMatchObject({ status: "SENT", attempts: 1 });
    expect(logged.providerId).toMatch(/^mailbox:/);
    expect(logged.text).not.toContain("token=secret");
    expect(logged.html).not.toContain("token=secret");
  });

  it("retries transient errors with backoff, honouring Retry-After, then delivers", async () => {
    const to = await queue();
    let calls = 0;
    const flaky: Transport = {
      name: "resend",
      async send() {
        calls += 1;
        if (calls === 1) throw new DeliveryError("503", false);
        if (calls === 2) throw new DeliveryError("429", false, 3_600_000);
        return { providerId: "re_1" };
      },
    };
    let now = new Date();
    const clock = () => now;
    await deliverDueEmails({ transport: flaky, now: clock });
    let row = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime() + 20_000);

    await deliverDueEmails({ transport: flaky, now: clock });
    expect(calls).toBe(1); // not due yet

    now = new Date(row.nextAttemptAt.getTime() + 1);
    await deliverDueEmails({ transport: flaky, now: clock });
    row = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 3_600_000);

    now = new Date(row.nextAttemptAt.getTime() + 1);
    await deliverDueEmails({ transport: flaky, now: clock });
    row = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(row).toMatchObject({ status: "SENT", attempts: 3, providerId: "re_1", lastError: null });
  });

  it("does not retry a permanent error, and gives up after the last attempt", async () => {
    const permanentTo = await queue();
    const flakyTo = await queue();
    const failing: Transport = {
      name: "resend",
      async send(message: OutgoingMessage) {
        throw new DeliveryError("bad", message.to === permanentTo);
      },
    };
    let now = new Date();
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await deliverDueEmails({ transport: failing, now: () => now });
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    const permanent = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: permanentTo } });
    const flaky = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: flakyTo } });
    expect(permanent).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(flaky).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
  });
});
