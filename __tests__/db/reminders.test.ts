import { prisma } from "@/lib/db/client";
import { addDays, madridDay, madridInstant } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";
import { runSweep } from "@/lib/reminders/sweep";
import { deliverDueEmails } from "@/lib/email/deliver";
import type { OutgoingMessage, Transport } from "@/lib/email/transports/types";
import { defaultReminderSettings, type ReminderRule } from "@/lib/reminders/settings";
import { createEdition, createPerson, createSecretariat } from "../support/factories";
import { mentorshipScenario } from "../support/mentorship-fixtures";

// Every rule with an injectable clock: due → one email; run again → none; not due → none;
// turned off → none. The clock is noon in Madrid of a fixed Wednesday.
const NOW = madridInstant("2031-03-12", "12:00");
const TODAY = madridDay(NOW);

const count = (where: { toUserId: string; dedupeKeyPrefix: string }) =>
  prisma.emailMessage.count({ where: { toUserId: where.toUserId, dedupeKey: { startsWith: where.dedupeKeyPrefix } } });

async function makeCurrent(edition: Edition) {
  await prisma.edition.updateMany({ where: { isCurrent: true }, data: { isCurrent: null } });
  return prisma.edition.update({ where: { id: edition.id }, data: { isCurrent: true } });
}

async function turnOff(editionId: string, rule: ReminderRule) {
  const settings = defaultReminderSettings();
  settings[rule].enabled = false;
  await prisma.edition.update({ where: { id: editionId }, data: { reminderSettings: settings } });
}

type Scenario = { userId: string; editionId: string; prefix: string };
type RuleCase = { rule: ReminderRule; due: () => Promise<Scenario>; notDue: () => Promise<Scenario> };

const applicationsEdition = (closeIn: number, openedAgo = 20) =>
  createEdition({
    phase: "APPLICATIONS",
    applicationsOpenOn: addDays(TODAY, -openedAgo),
    applicationsCloseOn: addDays(TODAY, closeIn),
    matchingDeadlineOn: addDays(TODAY, closeIn + 20),
    mentoringStartOn: addDays(TODAY, closeIn + 30),
    defaultEndOn: addDays(TODAY, closeIn + 360),
  }).then(makeCurrent);

async function pendingProposal(createdDaysAgo: number, respondInDays: number) {
  const s = await mentorshipScenario();
  await prisma.edition.update({ where: { id: s.edition.id }, data: { phase: "MATCHING" } });
  const mentee = await createPerson();
  const app = await prisma.application.create({ data: { editionId: s.edition.id, applicantId: mentee.id, municipalityId: mentee.municipalityId!, status: "SUBMITTED" } });
  const p = await prisma.proposal.create({
    data: {
      editionId: s.edition.id,
      applicationId: app.id,
      mentorId: s.mentor.id,
      createdById: s.secretariat.id,
      createdAt: addDays(NOW, -createdDaysAgo),
      respondBy: addDays(NOW, respondInDays),
    },
  });
  return { s, p };
}

async function startedMentorship({ startedAgo, status = "AGREEING", endIn }: { startedAgo: number; status?: "AGREEING" | "ACTIVE" | "CLOSING"; endIn?: number }) {
  const s = await mentorshipScenario({ status, startedOn: addDays(TODAY, -startedAgo) });
  await prisma.mentorship.update({
    where: { id: s.mentorship.id },
    data: { startEmailSentAt: addDays(NOW, -startedAgo), ...(endIn !== undefined ? { endOn: addDays(TODAY, endIn) } : {}) },
  });
  return s;
}

const cases: RuleCase[] = [
  {
    rule: "applicationsClosing",
    due: async () => {
      const e = await applicationsEdition(7);
      const person = await createPerson();
      return { userId: person.id, editionId: e.id, prefix: `applications-closing:${e.id}:7:` };
    },
    notDue: async () => {
      const e = await applicationsEdition(10);
      const person = await createPerson();
      return { userId: person.id, editionId: e.id, prefix: `applications-closing:${e.id}:` };
    },
  },
  {
    rule: "availabilityPending",
    due: async () => {
      const e = await applicationsEdition(20, 7);
      const mentor = await createPerson({ isMentor: true });
      return { userId: mentor.id, editionId: e.id, prefix: `availability-pending:${e.id}:7:` };
    },
    notDue: async () => {
      const e = await applicationsEdition(20, 3);
      const mentor = await createPerson({ isMentor: true });
      return { userId: mentor.id, editionId: e.id, prefix: `availability-pending:${e.id}:` };
    },
  },
  {
    rule: "proposalPending",
    due: async () => {
      const { s, p } = await pendingProposal(3, 5);
      return { userId: s.mentor.id, editionId: s.edition.id, prefix: `proposal-pending:${p.id}:3` };
    },
    notDue: async () => {
      const { s, p } = await pendingProposal(1, 5);
      return { userId: s.mentor.id, editionId: s.edition.id, prefix: `proposal-pending:${p.id}` };
    },
  },
  {
    rule: "proposalOverdue",
    due: async () => {
      const { s, p } = await pendingProposal(12, -1);
      return { userId: s.secretariat.id, editionId: s.edition.id, prefix: `proposal-overdue:${p.id}:` };
    },
    notDue: async () => {
      const { s, p } = await pendingProposal(5, 1);
      return { userId: s.secretariat.id, editionId: s.edition.id, prefix: `proposal-overdue:${p.id}:` };
    },
  },
  {
    rule: "noFirstContact",
    due: async () => {
      const s = await startedMentorship({ startedAgo: 14 });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `no-first-contact:${s.mentorship.id}:14` };
    },
    notDue: async () => {
      const s = await startedMentorship({ startedAgo: 10 });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `no-first-contact:${s.mentorship.id}` };
    },
  },
  {
    rule: "noAgreement",
    due: async () => {
      const s = await startedMentorship({ startedAgo: 30 });
      return { userId: s.mentor.id, editionId: s.edition.id, prefix: `no-agreement:${s.mentorship.id}:30:${s.mentor.id}` };
    },
    notDue: async () => {
      const s = await startedMentorship({ startedAgo: 20 });
      return { userId: s.mentor.id, editionId: s.edition.id, prefix: `no-agreement:${s.mentorship.id}` };
    },
  },
  {
    rule: "meetingsMidterm",
    due: async () => {
      const s = await startedMentorship({ startedAgo: 100, status: "ACTIVE", endIn: 80 });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `meetings-midterm:${s.mentorship.id}:0:${s.mentee.id}` };
    },
    notDue: async () => {
      const s = await startedMentorship({ startedAgo: 50, status: "ACTIVE", endIn: 150 });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `meetings-midterm:${s.mentorship.id}` };
    },
  },
  {
    rule: "endApproaching",
    due: async () => {
      const s = await startedMentorship({ startedAgo: 300, status: "ACTIVE", endIn: 30 });
      return { userId: s.mentor.id, editionId: s.edition.id, prefix: `end-approaching:${s.mentorship.id}:30:${s.mentor.id}` };
    },
    notDue: async () => {
      const s = await startedMentorship({ startedAgo: 100, status: "ACTIVE", endIn: 60 });
      return { userId: s.mentor.id, editionId: s.edition.id, prefix: `end-approaching:${s.mentorship.id}` };
    },
  },
  {
    rule: "closurePending",
    due: async () => {
      const s = await startedMentorship({ startedAgo: 365, status: "CLOSING", endIn: -7 });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `closure-pending:${s.mentorship.id}:7:${s.mentee.id}` };
    },
    notDue: async () => {
      const s = await startedMentorship({ startedAgo: 365, status: "CLOSING", endIn: -3 });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `closure-pending:${s.mentorship.id}` };
    },
  },
  {
    rule: "fitxaChanges",
    due: async () => {
      const s = await startedMentorship({ startedAgo: 365, status: "CLOSING", endIn: -3 });
      const sheet = await prisma.recordSheet.create({ data: { mentorshipId: s.mentorship.id, status: "CHANGES_REQUESTED", changesRequestedAt: addDays(NOW, -7) } });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `fitxa-changes:${sheet.id}:` };
    },
    notDue: async () => {
      const s = await startedMentorship({ startedAgo: 365, status: "CLOSING", endIn: -3 });
      const sheet = await prisma.recordSheet.create({ data: { mentorshipId: s.mentorship.id, status: "CHANGES_REQUESTED", changesRequestedAt: addDays(NOW, -2) } });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `fitxa-changes:${sheet.id}:` };
    },
  },
];

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

  it("reminders are rendered when delivered, in Catalan, with an unsubscribe link and List-Unsubscribe headers", async () => {
    const s = await cases[4].due();
    await runSweep({ now: NOW });
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { toUserId: s.userId, dedupeKey: { startsWith: s.prefix } } });
    expect(mail.subject).toBe("Encara no consta el primer contacte de la mentoria");
    expect(mail.html).toBe("");
    const sent: OutgoingMessage[] = [];
    const transport: Transport = { name: "mailbox", send: async (m) => (sent.push(m), { providerId: "x" }) };
    await prisma.emailMessage.updateMany({ where: { id: { not: mail.id }, status: "PENDING" }, data: { nextAttemptAt: addDays(NOW, 30) } });
    await deliverDueEmails({ transport });
    const message = sent.find((m) => m.id === mail.id)!;
    expect(message.text).toContain("encara no consta el primer contacte");
    expect(message.text).toContain("/ca/baixa?token=");
    expect(message.text).toContain(`/ca/acompanyaments/`);
    expect(message.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "List-Unsubscribe": expect.stringContaining("/api/unsubscribe?token=") });
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: mail.id } })).html).toContain("<html");
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
    const on = await createEdition({ phase: "DRAFT", autoPhaseChanges: true, applicationsOpenOn: addDays(TODAY, -1), applicationsCloseOn: addDays(TODAY, 20) });
    await makeCurrent(on);
    const mentor = await createPerson({ isMentor: true });
    const off = await createEdition({ phase: "APPLICATIONS", autoPhaseChanges: false, applicationsOpenOn: addDays(TODAY, -30), applicationsCloseOn: addDays(TODAY, -2) });
    const closing = await createEdition({ phase: "APPLICATIONS", autoPhaseChanges: true, applicationsOpenOn: addDays(TODAY, -30), applicationsCloseOn: addDays(TODAY, -1) });
    await runSweep({ now: NOW });
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: on.id } })).phase).toBe("APPLICATIONS");
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: off.id } })).phase).toBe("APPLICATIONS");
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: closing.id } })).phase).toBe("MATCHING");
    expect(await prisma.emailMessage.count({ where: { toUserId: mentor.id, template: "availability-request", payload: { equals: { editionId: on.id } } } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: on.id, action: "edition.phase_changed", actorId: null } })).toBe(1);
  });
});
