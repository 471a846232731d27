import { prisma } from "@/lib/db/client";
import { addDays, madridDay, madridInstant } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";
import type { ReminderRule } from "@/lib/reminders/settings";
import { createEdition, createPerson } from "./factories";
import { mentorshipScenario } from "./mentorship-fixtures";

// The reminder rules' scenarios, shared by the rules' tests and the phase matrix: for each rule,
// a situation where it is due and one where it is not, at a fixed clock.
// Every rule with an injectable clock: due → one email; run again → none; not due → none;
// turned off → none. The clock is noon in Madrid of a fixed Wednesday.
export const NOW = madridInstant("2031-03-12", "12:00");
export const TODAY = madridDay(NOW);

export async function makeCurrent(edition: Edition) {
  await prisma.edition.updateMany({ where: { isCurrent: true }, data: { isCurrent: null } });
  return prisma.edition.update({ where: { id: edition.id }, data: { isCurrent: true } });
}

export type Scenario = { userId: string; editionId: string; prefix: string };
export type RuleCase = { rule: ReminderRule; due: () => Promise<Scenario>; notDue: () => Promise<Scenario> };

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
  const app = await prisma.application.create({
    data: {
      editionId: s.edition.id,
      applicantId: mentee.id,
      municipalityId: mentee.municipalityId!,
      status: "SUBMITTED",
    },
  });
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

async function startedMentorship({
  startedAgo,
  status = "AGREEING",
  endIn,
}: {
  startedAgo: number;
  status?: "AGREEING" | "ACTIVE" | "CLOSING";
  endIn?: number;
}) {
  const s = await mentorshipScenario({ status, startedOn: addDays(TODAY, -startedAgo) });
  await prisma.mentorship.update({
    where: { id: s.mentorship.id },
    data: {
      startEmailSentAt: addDays(NOW, -startedAgo),
      ...(endIn !== undefined ? { endOn: addDays(TODAY, endIn) } : {}),
    },
  });
  return s;
}

export const cases: RuleCase[] = [
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
      return {
        userId: s.mentor.id,
        editionId: s.edition.id,
        prefix: `no-agreement:${s.mentorship.id}:30:${s.mentor.id}`,
      };
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
      return {
        userId: s.mentee.id,
        editionId: s.edition.id,
        prefix: `meetings-midterm:${s.mentorship.id}:0:${s.mentee.id}`,
      };
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
      return {
        userId: s.mentor.id,
        editionId: s.edition.id,
        prefix: `end-approaching:${s.mentorship.id}:30:${s.mentor.id}`,
      };
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
      return {
        userId: s.mentee.id,
        editionId: s.edition.id,
        prefix: `closure-pending:${s.mentorship.id}:7:${s.mentee.id}`,
      };
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
      const sheet = await prisma.recordSheet.create({
        data: { mentorshipId: s.mentorship.id, status: "CHANGES_REQUESTED", changesRequestedAt: addDays(NOW, -7) },
      });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `fitxa-changes:${sheet.id}:` };
    },
    notDue: async () => {
      const s = await startedMentorship({ startedAgo: 365, status: "CLOSING", endIn: -3 });
      const sheet = await prisma.recordSheet.create({
        data: { mentorshipId: s.mentorship.id, status: "CHANGES_REQUESTED", changesRequestedAt: addDays(NOW, -2) },
      });
      return { userId: s.mentee.id, editionId: s.edition.id, prefix: `fitxa-changes:${sheet.id}:` };
    },
  },
];
