import { Webhook } from "standardwebhooks";
import { prisma } from "@/lib/db/client";
import { queueReminders } from "@/lib/email/registry";
import { handleResendWebhook } from "@/lib/email/webhooks";
import { clearEmailProblem } from "@/lib/people/manage-people";
import { listPeople } from "@/lib/people/queries";
import { viewerOf } from "../support/actors";
import { createPerson, createSecretariat, unique } from "../support/factories";

const SECRET = `whsec_${Buffer.from("a-webhook-signing-secret-for-tests").toString("base64")}`;

// Before any module reads the environment (lib/env.ts reads it once).
process.env.RESEND_WEBHOOK_SECRET = SECRET;

/** A request as Resend (through Svix) sends it, signed with `secret`. */
function signed(event: object, secret = SECRET) {
  const payload = JSON.stringify(event);
  const id = `msg_${unique()}`;
  const timestamp = new Date();
  const signature = new Webhook(secret).sign(id, timestamp, payload);
  const headers = new Headers({
    "svix-id": id,
    "svix-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "svix-signature": signature,
  });
  return { payload, headers };
}

async function sentTo(person: { id: string; email: string }) {
  return prisma.emailMessage.create({
    data: {
      template: "test",
      toEmail: person.email,
      toUserId: person.id,
      subject: "Prova",
      html: "<p>Prova</p>",
      text: "Prova",
      status: "SENT",
      sentAt: new Date(),
      providerId: `re_${unique()}`,
      idempotencyKey: unique(),
    },
  });
}

const reminder = (person: { id: string; email: string }) => ({
  dedupeKey: unique("reminder"),
  template: "reminder-applications-closing" as const,
  to: person.email,
  toUserId: person.id,
  subject: "Recordatori",
  props: {},
});

describe("Resend's webhook", () => {
  it("records a delivery on the message, and refuses a bad signature without touching anything", async () => {
    const person = await createPerson();
    const message = await sentTo(person);
    const event = {
      type: "email.delivered",
      created_at: "2026-11-30T10:00:00.000Z",
      data: { email_id: message.providerId },
    };

    const forged = signed(event, `whsec_${Buffer.from("another-secret-another-secret").toString("base64")}`);
    expect(await handleResendWebhook(forged.payload, forged.headers)).toMatchObject({ status: 400 });
    const unsigned = signed(event);
    unsigned.headers.delete("svix-signature");
    expect(await handleResendWebhook(unsigned.payload, unsigned.headers)).toMatchObject({ status: 400 });
    const tampered = signed(event);
    expect(await handleResendWebhook(tampered.payload.replace("delivered", "bounced"), tampered.headers)).toMatchObject(
      { status: 400 },
    );
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).deliveredAt).toBeNull();

    const valid = signed(event);
    expect(await handleResendWebhook(valid.payload, valid.headers)).toEqual({ status: 200, body: "ok" });
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).deliveredAt).toEqual(
      new Date("2026-11-30T10:00:00.000Z"),
    );
    // An event for a message the platform does not know, or of a kind it does not keep, is accepted and ignored.
    const unknown = signed({ type: "email.bounced", data: { email_id: "re_unknown" } });
    expect(await handleResendWebhook(unknown.payload, unknown.headers)).toMatchObject({ status: 200 });
    const opened = signed({ type: "email.opened", data: { email_id: message.providerId } });
    expect(await handleResendWebhook(opened.payload, opened.headers)).toEqual({ status: 200, body: "ignored" });
  });

  it("a bounce flags the person: listed for the secretariat, no more reminders until the flag is cleared", async () => {
    const secretariat = viewerOf(await createSecretariat());
    const person = await createPerson();
    const message = await sentTo(person);
    const bounce = signed({ type: "email.bounced", data: { email_id: message.providerId } });
    expect(await handleResendWebhook(bounce.payload, bounce.headers)).toMatchObject({ status: 200 });

    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      emailProblem: "bounced",
      emailProblemAt: expect.any(Date),
    });
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: message.id } })).bouncedAt).toEqual(
      expect.any(Date),
    );
    expect(await prisma.auditEvent.count({ where: { action: "person.email_bounced", entityId: person.id } })).toBe(1);
    const flagged = await listPeople(secretariat, { status: "email" });
    expect(flagged.rows.map((p) => p.id)).toContain(person.id);

    expect(await queueReminders(prisma, [reminder(person)])).toBe(0);

    await clearEmailProblem(secretariat, person.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).emailProblem).toBeNull();
    expect(await queueReminders(prisma, [reminder(person)])).toBe(1);
    await expect(clearEmailProblem(secretariat, person.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(clearEmailProblem(viewerOf(person), person.id)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a complaint flags the person too", async () => {
    const person = await createPerson();
    const message = await sentTo(person);
    const complaint = signed({ type: "email.complained", data: { email_id: message.providerId } });
    expect(await handleResendWebhook(complaint.payload, complaint.headers)).toMatchObject({ status: 200 });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).emailProblem).toBe("complained");
  });
});
