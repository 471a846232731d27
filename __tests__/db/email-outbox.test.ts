import { prisma } from "@/lib/db/client";
import { deliverDueEmails, MAX_ATTEMPTS } from "@/lib/email/deliver";
import { enqueueEmail } from "@/lib/email/outbox";
import { mailboxTransport } from "@/lib/email/transports/mailbox";
import { DeliveryError, type OutgoingMessage, type Transport } from "@/lib/email/transports/types";
import { getEmail, resendEmail } from "@/lib/email/log";
import { LINK_PLACEHOLDER } from "@/lib/email/registry";
import { sendSignInLinkEmail } from "@/lib/email/senders/sign-in-link";
import { viewerOf } from "../support/actors";
import { deliverAndCapture } from "../support/emails";
import { createPerson, unique } from "../support/factories";

/** An email to an address with no person yet, in `locale`. */
function lateApplication(to: string, locale: "ca" | "es" = "ca") {
  return {
    template: "late-application-allowed" as const,
    to: { id: null, email: to, locale },
    props: { name: "Persona de prova", editionName: "Convocatòria de prova", path: "/sollicitud" },
  };
}

/** A sign-in link to `to`, valid for 15 minutes. */
function queueSignInLink(
  to: string,
  url: string,
  extra: { userId?: string; purpose?: "sign-in" | "registration"; locale?: "ca" | "es" } = {},
) {
  return prisma.$transaction((tx) =>
    sendSignInLinkEmail(tx, {
      to,
      url,
      expires: new Date(Date.now() + 900_000),
      expiresIn: { unit: "minutes", count: 15 },
      purpose: "sign-in",
      locale: "ca",
      ...extra,
    }),
  );
}

async function queue(to = `${unique("to")}@example.org`) {
  await prisma.$transaction((tx) => enqueueEmail(tx, lateApplication(to)));
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
        await enqueueEmail(tx, lateApplication(to));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await prisma.emailMessage.count({ where: { toEmail: to } })).toBe(0);
  });

  it("sends a sign-in link in the person's own language, whatever the page it was asked from", async () => {
    const person = await createPerson({ locale: "es" });
    await queueSignInLink(person.email, "http://localhost:3000/ca/entrar/confirmar?token=es-token", {
      userId: person.id,
    });
    const sent = await deliverAndCapture();
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe("Enlace para acceder a Mentoria XMESS");
    expect(sent[0].html).toContain('lang="es"');
    expect(sent[0].text).toContain("Abrir la página de acceso");
    expect(sent[0].text).toContain("caduca en 15 minutos");
    expect(sent[0].text).not.toContain("Obre la pàgina");
    const stored = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: person.email } });
    expect(stored.subject).toBe("Enlace para acceder a Mentoria XMESS");
    expect(stored.text).toContain(LINK_PLACEHOLDER);
  });

  it("sends a registration link to an address with no person yet in the language of the page it was asked from", async () => {
    const to = `${unique("registre")}@example.org`;
    await queueSignInLink(to, "http://localhost:3000/es/entrar/confirmar?token=reg", {
      purpose: "registration",
      locale: "es",
    });
    const sent = await deliverAndCapture();
    expect(sent[0].text).toContain("Gracias por querer participar en el programa de mentoría de la XMESS.");
  });

  it("stores the template and its data, and renders HTML and a plain-text part in Catalan when it is delivered", async () => {
    const to = await queue();
    const queued = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(queued).toMatchObject({
      html: "",
      text: "",
      subject: "Podeu presentar la sol·licitud fora de termini (Convocatòria de prova)",
    });
    await deliverDueEmails({ transport: mailboxTransport(prisma) });
    const message = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(message.html).toContain('lang="ca"');
    expect(message.text).toContain("Omple la sol·licitud");
    expect(message.text).toContain("/ca/sollicitud");
    expect(message.text).not.toContain("<");
  });

  it("keeps a sign-in link sealed until it is sent: never readable in the stored row, pending, failed or sent", async () => {
    const to = `${unique("mailbox")}@example.org`;
    const url = "http://localhost:3000/ca/entrar/confirmar?token=secret-token-123";
    await queueSignInLink(to, url);
    const stored = async () => JSON.stringify(await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } }));
    expect(await stored()).not.toContain("secret-token-123");

    // a failed attempt renders the link for the provider only
    let offered = "";
    const failing: Transport = {
      name: "resend",
      async send(message) {
        offered = message.text;
        throw new DeliveryError("503", false);
      },
    };
    await deliverDueEmails({ transport: failing });
    expect(offered).toContain("token=secret-token-123");
    expect(await stored()).not.toContain("secret-token-123");
    await prisma.emailMessage.updateMany({ where: { toEmail: to }, data: { nextAttemptAt: new Date() } });

    const transport = mailboxTransport(prisma);
    await deliverDueEmails({ transport });
    await deliverDueEmails({ transport });
    const inbox = await prisma.mailboxMessage.findMany({ where: { to } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0].text).toContain("token=secret-token-123");
    const logged = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(logged).toMatchObject({ status: "SENT", attempts: 2 });
    expect(logged.providerId).toMatch(/^mailbox:/);
    expect(await stored()).not.toContain("secret-token-123");
    expect(logged.text).toContain(LINK_PLACEHOLDER);
  });

  it("marks a sign-in email not sent before its link expires as expired: not sent, not retried, not resent", async () => {
    const to = `${unique("late")}@example.org`;
    await queueSignInLink(to, "http://localhost:3000/ca/entrar/confirmar?token=late");
    const sent: OutgoingMessage[] = [];
    const transport: Transport = {
      name: "resend",
      send: async (message) => (sent.push(message), { providerId: "re_x" }),
    };
    const report = await deliverDueEmails({ transport, now: () => new Date(Date.now() + 901_000) });
    expect(report).toMatchObject({ sent: 0, expired: 1 });
    const row = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: to } });
    expect(row.status).toBe("EXPIRED");
    await prisma.emailMessage.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(0) } });
    await deliverDueEmails({ transport });
    expect(sent).toHaveLength(0);
    const secretariat = await createPerson({ role: "SECRETARIAT" });
    await expect(resendEmail(viewerOf(secretariat), row.id)).rejects.toMatchObject({ code: "conflict" });
    // the log shows it with a placeholder instead of the link
    const shown = await getEmail(viewerOf(secretariat), row.id);
    expect(shown.preview).toBe(true);
    expect(shown.text).toContain(LINK_PLACEHOLDER);
    expect(shown.text).not.toContain("token=late");
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
