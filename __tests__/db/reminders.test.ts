import { prisma } from "@/lib/db/client";
import { addDays, madridInstant } from "@/lib/dates";
import { runSweep } from "@/lib/reminders/sweep";
import { defaultReminderSettings, type ReminderRule } from "@/lib/reminders/settings";
import { deliverAndCapture } from "../support/emails";
import { createEdition, createPerson, createSecretariat } from "../support/factories";
import { cases, makeCurrent, NOW, TODAY } from "../support/reminder-cases";

// Every rule with an injectable clock: due → one email; run again → none; not due → none;
// turned off → none (scenarios in ../support/reminder-cases.ts).
const count = (where: { toUserId: string; dedupeKeyPrefix: string }) =>
  prisma.emailMessage.count({ where: { toUserId: where.toUserId, dedupeKey: { startsWith: where.dedupeKeyPrefix } } });

async function turnOff(editionId: string, rule: ReminderRule) {
  const settings = defaultReminderSettings();
  settings[rule].enabled = false;
  await prisma.edition.update({ where: { id: editionId }, data: { reminderSettings: settings } });
}

describe("reminder rules", () => {
  for (const c of cases) {
    describe(c.rule, () => {
      it("due: one email; run again: none", async () => {
        const s = await c.due();
        await runSweep({ now: NOW });
        expect(await count({ toUserId: s.userId, dedupeKeyPrefix: s.prefix })).toBe(1);
        await runSweep({ now: NOW });
        await runSweep({ now: addDays(NOW, 0.2) });
        expect(await count({ toUserId: s.userId, dedupeKeyPrefix: s.prefix })).toBe(1);
      });

      it("not due: none", async () => {
        const s = await c.notDue();
        await runSweep({ now: NOW });
        expect(await count({ toUserId: s.userId, dedupeKeyPrefix: s.prefix })).toBe(0);
      });

      it("turned off for the edition: none", async () => {
        const s = await c.due();
        await turnOff(s.editionId, c.rule);
        await runSweep({ now: NOW });
        expect(await count({ toUserId: s.userId, dedupeKeyPrefix: s.prefix })).toBe(0);
      });

      it("turned off by the person: none", async () => {
        const s = await c.due();
        await prisma.user.update({ where: { id: s.userId }, data: { remindersOptOut: true } });
        await runSweep({ now: NOW });
        expect(await count({ toUserId: s.userId, dedupeKeyPrefix: s.prefix })).toBe(0);
      });
    });
  }

  it("a sweep counts every reminder it queues, however many batches they take and in whatever order those end", async () => {
    for (const c of cases) await c.due();
    const before = await prisma.emailMessage.count();
    const report = await runSweep({ now: NOW, reminderBatch: 1 });
    const queued = (await prisma.emailMessage.count()) - before - report.digests;
    expect(queued).toBeGreaterThan(3);
    expect(report.reminders).toBe(queued);
  });

  it("reminders are rendered when delivered, in Catalan, with an unsubscribe link and List-Unsubscribe headers", async () => {
    const s = await cases[4].due();
    const { queued: mail, message, stored } = await deliverReminderOf(s);
    expect(mail.subject).toBe("Encara no consta el primer contacte de la mentoria");
    expect(mail.html).toBe("");
    expect(message.text).toContain("encara no consta el primer contacte");
    expect(message.text).toContain("/ca/baixa?token=");
    expect(message.text).toContain(`/ca/acompanyaments/`);
    expect(message.headers).toMatchObject({
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Unsubscribe": expect.stringContaining("/api/unsubscribe?token="),
    });
    expect(stored.html).toContain("<html");
  });
});

describe("weekly digest", () => {
  it("goes to the secretariat on Mondays, once a week", async () => {
    const member = await createSecretariat();
    const monday = madridInstant("2031-03-10", "08:00");
    await runSweep({ now: addDays(monday, -1) });
    expect(await count({ toUserId: member.id, dedupeKeyPrefix: "weekly-digest:" })).toBe(0);
    await runSweep({ now: monday });
    await runSweep({ now: addDays(monday, 0.3) });
    expect(await count({ toUserId: member.id, dedupeKeyPrefix: "weekly-digest:2031-03-10:" })).toBe(1);
  });
});

describe("automatic phase changes", () => {
  it("move an edition at its calendar dates only when turned on, with the same emails as a manual change", async () => {
    const on = await createEdition({
      phase: "DRAFT",
      autoPhaseChanges: true,
      applicationsOpenOn: addDays(TODAY, -1),
      applicationsCloseOn: addDays(TODAY, 20),
    });
    await makeCurrent(on);
    const mentor = await createPerson({ isMentor: true });
    const off = await createEdition({
      phase: "APPLICATIONS",
      autoPhaseChanges: false,
      applicationsOpenOn: addDays(TODAY, -30),
      applicationsCloseOn: addDays(TODAY, -2),
    });
    const closing = await createEdition({
      phase: "APPLICATIONS",
      autoPhaseChanges: true,
      applicationsOpenOn: addDays(TODAY, -30),
      applicationsCloseOn: addDays(TODAY, -1),
    });
    await runSweep({ now: NOW });
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: on.id } })).phase).toBe("APPLICATIONS");
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: off.id } })).phase).toBe("APPLICATIONS");
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: closing.id } })).phase).toBe("MATCHING");
    expect(
      await prisma.emailMessage.count({
        where: {
          toUserId: mentor.id,
          template: "availability-request",
          payload: { path: ["editionId"], equals: on.id },
        },
      }),
    ).toBe(1);
    expect(
      await prisma.auditEvent.count({ where: { entityId: on.id, action: "edition.phase_changed", actorId: null } }),
    ).toBe(1);
  });
});

/** Runs the sweep and delivers the one reminder of scenario `s` (the others wait), returning what was sent and stored. */
async function deliverReminderOf(s: { userId: string; prefix: string }, beforeDelivery?: () => Promise<unknown>) {
  await runSweep({ now: NOW });
  const mail = await prisma.emailMessage.findFirstOrThrow({
    where: { toUserId: s.userId, dedupeKey: { startsWith: s.prefix } },
  });
  await beforeDelivery?.();
  await prisma.emailMessage.updateMany({
    where: { id: { not: mail.id }, status: "PENDING" },
    data: { nextAttemptAt: addDays(NOW, 30) },
  });
  const sent = await deliverAndCapture();
  const stored = await prisma.emailMessage.findUniqueOrThrow({ where: { id: mail.id } });
  return { queued: mail, message: sent.find((m) => m.id === mail.id)!, stored };
}

describe("reminders in each person's language", () => {
  it("a reminder to a Spanish-speaking person is queued and rendered in Spanish, with links into the Spanish pages", async () => {
    const s = await cases[4].due();
    await prisma.user.update({ where: { id: s.userId }, data: { locale: "es" } });
    const { queued, message, stored } = await deliverReminderOf(s);
    expect(queued.subject).toBe("Todavía no consta el primer contacto de la mentoría");
    expect(message.subject).toBe("Todavía no consta el primer contacto de la mentoría");
    expect(message.text).toContain("todavía no consta el primer contacto");
    expect(message.text).toContain("Este es un recordatorio automático.");
    expect(message.text).not.toContain("encara no consta");
    expect(message.text).toContain("/es/baixa?token=");
    expect(message.text).toContain("/es/acompanyaments/");
    expect(message.html).toContain('lang="es"');
    expect(stored.html).toContain('lang="es"');
  });

  it("one sweep queues each person's reminder with the subject in their own language", async () => {
    // No agreement after 30 days: both people of the pair, in one edition, are reminded.
    const s = await cases.find((c) => c.rule === "noAgreement")!.due();
    const mentorship = await prisma.mentorship.findUniqueOrThrow({ where: { id: s.prefix.split(":")[1] } });
    await prisma.user.update({ where: { id: mentorship.menteeId }, data: { locale: "es" } });
    await runSweep({ now: NOW });
    const subjectOf = async (userId: string) =>
      (
        await prisma.emailMessage.findFirstOrThrow({
          where: { toUserId: userId, dedupeKey: { startsWith: "no-agreement:" } },
        })
      ).subject;
    expect(await subjectOf(mentorship.mentorId)).toBe("Encara no heu confirmat l'acord de la mentoria");
    expect(await subjectOf(mentorship.menteeId)).toBe("Todavía no han confirmado el acuerdo de la mentoría");
  });

  it("a queued reminder goes out in the language the person has when it is delivered", async () => {
    const s = await cases[4].due();
    const { queued, message, stored } = await deliverReminderOf(s, () =>
      prisma.user.update({ where: { id: s.userId }, data: { locale: "es" } }),
    );
    expect(queued.subject).toBe("Encara no consta el primer contacte de la mentoria");
    expect(message.subject).toBe("Todavía no consta el primer contacto de la mentoría");
    expect(message.text).toContain("todavía no consta el primer contacto");
    expect(message.html).toContain('lang="es"');
    // The stored copy (the email log) is what was sent.
    expect(stored.subject).toBe("Todavía no consta el primer contacto de la mentoría");
    expect(stored.text).toBe(message.text);
  });
});
