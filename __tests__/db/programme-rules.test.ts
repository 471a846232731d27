import { prisma } from "@/lib/db/client";
import { addDays, addMonths, formatDay, isoDay, madridDay, madridInstant } from "@/lib/dates";
import { changeEditionPhase } from "@/lib/editions/phase-change";
import { updateEdition } from "@/lib/editions/save-edition";
import { messageFor } from "@/lib/email/registry";
import { expireOverdueProposals } from "@/lib/matching/expire";
import { renderEmail } from "@/lib/email/render";
import type { EditionPhase } from "@/lib/generated/prisma/enums";
import { confirmAgreement, draftAgreement, recordFirstContact } from "@/lib/mentorships/agreement";
import { confirmCompletion } from "@/lib/mentorships/closure";
import { confirmMeeting, logMeeting } from "@/lib/mentorships/meetings";
import { getMentorshipView, listMentorships } from "@/lib/mentorships/view";
import { getDashboard } from "@/lib/reports/dashboard";
import { recipientSelect } from "@/lib/reminders/context";
import { dueReminders } from "@/lib/reminders/rules";
import { editionReminderSettings } from "@/lib/reminders/settings";
import { viewerOf } from "../support/actors";
import { createEdition, createPerson, createSecretariat } from "../support/factories";
import { mentorshipScenario } from "../support/mentorship-fixtures";
import { cases, NOW, TODAY } from "../support/reminder-cases";

const text = (s: string) => `${s} ${"amb prou detall per a la prova. ".repeat(2)}`;
const agreement = (mentorshipId: string, extra: { startOn?: string; endOn?: string } = {}) => ({
  mentorshipId,
  objectives: text("Objectius"),
  activities: text("Activitats"),
  plannedMeetings: text("Trobades"),
  endOn: isoDay(addMonths(madridDay(), 6)),
  ...extra,
});
const fieldError = (field: string, pattern: RegExp) =>
  expect.objectContaining({ fieldErrors: { [field]: [expect.stringMatching(pattern)] } });

describe("records belong to the pairing", () => {
  it("a first contact dated before the acceptance is refused, with the earliest date allowed", async () => {
    const s = await mentorshipScenario();
    const accepted = madridDay(s.mentorship.acceptedAt);
    await expect(
      recordFirstContact(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, date: isoDay(addDays(accepted, -1)) }),
    ).rejects.toEqual(
      fieldError("date", new RegExp(`anterior a l'acceptació de la proposta: el ${formatDay(accepted)} o després`)),
    );
    await expect(
      recordFirstContact(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, date: isoDay(accepted) }),
    ).resolves.toBeDefined();
  });

  it("a held meeting before the acceptance and a planned one after the end are refused; the other party cannot confirm what falls outside", async () => {
    const s = await mentorshipScenario({ status: "ACTIVE", startedOn: addDays(madridDay(), -20) });
    const accepted = madridDay(s.mentorship.acceptedAt);
    const meeting = (date: Date) => ({
      mentorshipId: s.mentorship.id,
      date: isoDay(date),
      time: "10:00",
      durationMin: "60",
      mode: "IN_PERSON" as const,
      place: "Ajuntament",
    });
    await expect(logMeeting(viewerOf(s.mentee), meeting(addDays(accepted, -3)))).rejects.toEqual(
      fieldError("date", /anterior a l'acceptació/),
    );
    const end = (await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).endOn!;
    await expect(logMeeting(viewerOf(s.mentee), meeting(addDays(end, 1)))).rejects.toEqual(
      fieldError("date", new RegExp(`el ${formatDay(end)} o abans`)),
    );
    expect(await prisma.meeting.count({ where: { mentorshipId: s.mentorship.id } })).toBe(0);

    // a meeting stored before this rule existed is shown apart and cannot be confirmed
    const legacy = await prisma.meeting.create({
      data: {
        mentorshipId: s.mentorship.id,
        startsAt: madridInstant(isoDay(addDays(accepted, -5)), "10:00"),
        mode: "IN_PERSON",
        place: "Lloc",
        status: "HELD",
        loggedById: s.mentee.id,
      },
    });
    await expect(confirmMeeting(viewerOf(s.mentor), legacy.id)).rejects.toMatchObject({ code: "conflict" });
    const { list } = await issuesOf(s.secretariat.id, s.edition.id, "dates");
    expect(list).toContain(s.mentorship.id);
  });

  it("only in-person meetings held within the pairing and confirmed by the other party count", async () => {
    const s = await mentorshipScenario({ status: "ACTIVE", startedOn: addDays(madridDay(), -40) });
    const accepted = madridDay(s.mentorship.acceptedAt);
    const held = (daysAfter: number, mode: "IN_PERSON" | "ONLINE", confirmed: boolean) =>
      prisma.meeting.create({
        data: {
          mentorshipId: s.mentorship.id,
          startsAt: madridInstant(isoDay(addDays(accepted, daysAfter)), "10:00"),
          mode,
          place: "Lloc",
          status: "HELD",
          loggedById: s.mentee.id,
          ...(confirmed ? { confirmedById: s.mentor.id, confirmedAt: new Date() } : {}),
        },
      });
    await held(-2, "IN_PERSON", true); // before the pairing
    await held(5, "ONLINE", true); // not in person
    await held(6, "IN_PERSON", false); // not confirmed
    await held(7, "IN_PERSON", true); // counts
    const view = await getMentorshipView(viewerOf(s.mentee), s.mentorship.id);
    expect(view.compliance).toMatchObject({ counted: 1, awaitingConfirmation: 1, met: false });
  });
});

describe("one effective start and end per mentorship", () => {
  it("follows the edition's start when the calendar changes, before and after an agreement without a start of its own", async () => {
    const s = await mentorshipScenario({ startedOn: addDays(madridDay(), 30) });
    const edition = await prisma.edition.findUniqueOrThrow({ where: { id: s.edition.id } });
    const newStart = addDays(madridDay(), 10);
    const values = editionValues(edition, { mentoringStartOn: newStart });

    const preview = await updateEdition(viewerOf(s.secretariat), edition.id, values);
    expect(preview).toMatchObject({
      saved: false,
      impact: {
        following: 1,
        ownDates: [],
        changes: expect.arrayContaining([expect.objectContaining({ field: "mentoringStartOn", to: isoDay(newStart) })]),
      },
    });
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: edition.id } })).mentoringStartOn).toEqual(
      edition.mentoringStartOn,
    );

    await updateEdition(viewerOf(s.secretariat), edition.id, values, { confirmCalendar: true });
    expect((await getMentorshipView(viewerOf(s.mentee), s.mentorship.id)).start).toEqual(newStart);

    // an agreement without its own start keeps following the edition
    const { version } = await draftAgreement(viewerOf(s.mentee), agreement(s.mentorship.id));
    await confirmAgreement(viewerOf(s.mentor), { mentorshipId: s.mentorship.id, version });
    const later = addDays(madridDay(), 12);
    await updateEdition(viewerOf(s.secretariat), edition.id, editionValues(edition, { mentoringStartOn: later }), {
      confirmCalendar: true,
    });
    const view = await getMentorshipView(viewerOf(s.mentee), s.mentorship.id);
    expect(view.start).toEqual(later);
    expect(view.limit).toEqual(addMonths(later, 12));
  });

  it("a pair that agreed its own start keeps it through calendar changes, and the preview names it", async () => {
    const s = await mentorshipScenario({ startedOn: addDays(madridDay(), 30) });
    const own = addDays(madridDay(), 3);
    await expect(
      draftAgreement(
        viewerOf(s.mentee),
        agreement(s.mentorship.id, { startOn: isoDay(addDays(madridDay(s.mentorship.acceptedAt), -1)) }),
      ),
    ).rejects.toEqual(fieldError("startOn", /anterior a l'acceptació/));
    const { version } = await draftAgreement(viewerOf(s.mentee), agreement(s.mentorship.id, { startOn: isoDay(own) }));
    await confirmAgreement(viewerOf(s.mentor), { mentorshipId: s.mentorship.id, version });
    const edition = await prisma.edition.findUniqueOrThrow({ where: { id: s.edition.id } });
    const preview = await updateEdition(
      viewerOf(s.secretariat),
      edition.id,
      editionValues(edition, { mentoringStartOn: addDays(madridDay(), 20) }),
    );
    expect(preview).toMatchObject({
      saved: false,
      impact: { following: 0, ownDates: [expect.objectContaining({ id: s.mentorship.id, start: isoDay(own) })] },
    });
    await updateEdition(
      viewerOf(s.secretariat),
      edition.id,
      editionValues(edition, { mentoringStartOn: addDays(madridDay(), 20) }),
      { confirmCalendar: true },
    );
    expect((await getMentorshipView(viewerOf(s.mentee), s.mentorship.id)).start).toEqual(own);
  });
});

describe("completion means the work happened", () => {
  it("needs a confirmed agreement; early, the reason; closing without the required meetings is recorded and listed", async () => {
    const draftOnly = await mentorshipScenario();
    await expect(
      confirmCompletion(viewerOf(draftOnly.mentee), { mentorshipId: draftOnly.mentorship.id }),
    ).rejects.toMatchObject({ code: "conflict" });

    const s = await mentorshipScenario({ status: "ACTIVE" });
    await expect(confirmCompletion(viewerOf(s.mentee), { mentorshipId: s.mentorship.id })).rejects.toEqual(
      fieldError("reason", /abans de la data pactada/),
    );
    await confirmCompletion(viewerOf(s.mentee), {
      mentorshipId: s.mentorship.id,
      reason: "Hem acabat abans perquè el pla ja està aprovat.",
    });
    await confirmCompletion(viewerOf(s.mentor), { mentorshipId: s.mentorship.id });
    const closed = await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } });
    expect(closed).toMatchObject({
      status: "CLOSING",
      closingReason: "Hem acabat abans perquè el pla ja està aprovat.",
      meetingsRequirementMet: false,
    });
    const { list } = await issuesOf(s.secretariat.id, s.edition.id, "sense-trobades");
    expect(list).toEqual([s.mentorship.id]);
  });
});

describe("phase changes that warn", () => {
  it("moving to matching while applications are open needs an explicit acknowledgement", async () => {
    const secretariat = await createSecretariat();
    const edition = await createEdition({ phase: "APPLICATIONS", applicationsCloseOn: addDays(madridDay(), 10) });
    const move = (acknowledged?: boolean) =>
      changeEditionPhase(viewerOf(secretariat), {
        editionId: edition.id,
        from: "APPLICATIONS",
        to: "MATCHING",
        acknowledged,
      });
    await expect(move()).rejects.toEqual(fieldError("acknowledged", /tot i els avisos/));
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: edition.id } })).phase).toBe("APPLICATIONS");
    await expect(move(true)).resolves.toMatchObject({ phase: "MATCHING" });
  });
});

describe("the attention list", () => {
  it("lists pending proposals and registrations, and mentorships past the reminder thresholds, each with a link", async () => {
    const s = await mentorshipScenario({ startedOn: addDays(madridDay(), -20) });
    await createPerson({ approvalStatus: "PENDING" });
    const mentee = await createPerson();
    const application = await prisma.application.create({
      data: {
        editionId: s.edition.id,
        applicantId: mentee.id,
        municipalityId: mentee.municipalityId!,
        status: "SUBMITTED",
      },
    });
    await prisma.proposal.create({
      data: {
        editionId: s.edition.id,
        applicationId: application.id,
        mentorId: s.mentor.id,
        createdById: s.secretariat.id,
        respondBy: addDays(new Date(), 5),
      },
    });
    const { attention } = await getDashboard(viewerOf(s.secretariat), s.edition.id);
    const item = (key: string) => attention.find((a) => a.key === key);
    expect(item("proposalsPending")).toMatchObject({
      count: 1,
      href: `/secretaria/convocatories/${s.edition.id}/matching#proposals-heading`,
    });
    expect(item("registrations")?.count).toBeGreaterThanOrEqual(1);
    expect(item("issue.primer-contacte")).toMatchObject({
      count: 1,
      href: expect.stringContaining("pendent=primer-contacte"),
    });
  });
});

// Every rule × every phase × (due, not due): sent only while what it asks for can be done in the
// edition's phase, and never quoting a date that has passed.
const ALLOWED: Record<string, EditionPhase[]> = {
  applicationsClosing: ["APPLICATIONS"],
  availabilityPending: ["APPLICATIONS", "MATCHING"],
  proposalPending: ["MATCHING", "MENTORING"],
  proposalOverdue: ["MATCHING", "MENTORING"],
  noFirstContact: ["MENTORING"],
  noAgreement: ["MENTORING"],
  meetingsMidterm: ["MENTORING", "CLOSURE"],
  endApproaching: ["MENTORING", "CLOSURE"],
  closurePending: ["MENTORING", "CLOSURE"],
  fitxaChanges: ["MENTORING", "CLOSURE"],
};
const PHASES: EditionPhase[] = ["DRAFT", "APPLICATIONS", "MATCHING", "MENTORING", "CLOSURE", "CLOSED"];
const MONTHS = [
  "gener",
  "febrer",
  "març",
  "abril",
  "maig",
  "juny",
  "juliol",
  "agost",
  "setembre",
  "octubre",
  "novembre",
  "desembre",
];

describe("reminders that know the phase", () => {
  for (const c of cases) {
    it(`${c.rule}: sent when due in ${ALLOWED[c.rule].join(" and ")} only, never when not due, quoting no past date`, async () => {
      const sent: Record<string, [boolean, boolean]> = {};
      for (const phase of PHASES) {
        // One scenario at a time: the edition rules look at the current edition only.
        const due = await remindersFor(await c.due(), phase);
        for (const reminder of due) {
          const { text } = await renderEmail(
            messageFor(reminder.template, reminder.props, reminder.toUserId, "ca")!.element,
          );
          for (const quoted of datesIn(text))
            expect({ rule: c.rule, phase, quoted: isoDay(quoted) >= isoDay(TODAY) }).toEqual({
              rule: c.rule,
              phase,
              quoted: true,
            });
        }
        const notDue = await remindersFor(await c.notDue(), phase);
        sent[phase] = [due.length > 0, notDue.length > 0];
      }
      expect(sent).toEqual(
        Object.fromEntries(PHASES.map((phase) => [phase, [ALLOWED[c.rule].includes(phase), false]])),
      );
    });
  }
});

async function remindersFor(scenario: { editionId: string; userId: string; prefix: string }, phase: EditionPhase) {
  const edition = await prisma.edition.update({ where: { id: scenario.editionId }, data: { phase } });
  await prisma.$transaction((tx) => expireOverdueProposals(tx, { editionId: edition.id }, NOW));
  const secretariat = await prisma.user.findMany({
    where: { role: "SECRETARIAT", deactivatedAt: null },
    select: recipientSelect,
  });
  const due = await dueReminders({
    db: prisma,
    now: NOW,
    today: TODAY,
    edition,
    settings: editionReminderSettings(edition.reminderSettings),
    secretariat,
  });
  return due.filter((r) => r.toUserId === scenario.userId && r.dedupeKey.startsWith(scenario.prefix));
}

function datesIn(text: string): Date[] {
  const pattern = new RegExp(`(\\d{1,2}) d(?:e |’|')(${MONTHS.join("|")}) de (\\d{4})`, "g");
  return [...text.matchAll(pattern)].map((m) => new Date(Date.UTC(Number(m[3]), MONTHS.indexOf(m[2]), Number(m[1]))));
}

async function issuesOf(secretariatId: string, editionId: string, pendent: string) {
  const secretariat = await prisma.user.findUniqueOrThrow({ where: { id: secretariatId } });
  const { rows } = await listMentorships(viewerOf(secretariat), { convocatoria: editionId, pendent });
  return { list: rows.map((r) => r.id) };
}

function editionValues(
  edition: Awaited<ReturnType<typeof prisma.edition.findUniqueOrThrow>>,
  change: Partial<Record<"mentoringStartOn", Date>>,
) {
  const start = change.mentoringStartOn ?? edition.mentoringStartOn;
  return {
    name: edition.name,
    year: String(edition.year),
    applicationsOpenOn: isoDay(addDays(start, -60)),
    applicationsCloseOn: isoDay(addDays(start, -40)),
    matchingDeadlineOn: isoDay(addDays(start, -5)),
    mentoringStartOn: isoDay(start),
    defaultEndOn: isoDay(addMonths(start, 11)),
    requiredMeetings: String(edition.requiredMeetings),
    meetingsMustBeInPerson: edition.meetingsMustBeInPerson,
    maxDurationMonths: String(edition.maxDurationMonths),
    proposalResponseDays: String(edition.proposalResponseDays),
    autoPhaseChanges: false,
  };
}
