import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { addDays, addMonths, isoDay, madridDay } from "@/lib/dates";
import { confirmAgreement, draftAgreement, recordFirstContact } from "@/lib/mentorships/agreement";
import { cancelMentorship, confirmCompletion, submitEvaluation } from "@/lib/mentorships/closure";
import { replyToCommunication, sendCommunication } from "@/lib/mentorships/communications";
import { answerExtension, proposeExtension } from "@/lib/mentorships/extensions";
import { confirmMeeting, logMeeting, meetingCalendar } from "@/lib/mentorships/meetings";
import { publishRecordSheet, requestRecordSheetChanges, saveRecordSheet } from "@/lib/mentorships/record-sheet";
import { getMentorshipView } from "@/lib/mentorships/view";
import { ACTORS, createActors, databaseFingerprint, viewerOf, type ActorName } from "../support/actors";
import { createPerson, unique } from "../support/factories";
import { mentorshipScenario } from "../support/mentorship-fixtures";

// "technician" is the mentee and "mentor" the mentor of the mentorship; "otherTechnician" is a
// third person, "deactivated" a deactivated secretariat member; another mentor is refused too.
let actors: Awaited<ReturnType<typeof createActors>>;
let otherMentor: Viewer;
beforeAll(async () => {
  actors = await createActors();
  otherMentor = viewerOf(await createPerson({ isMentor: true }));
});

const long = (s: string) => `${s} amb prou detall per passar la validació del formulari.`;
const scenario = (status: "AGREEING" | "ACTIVE" | "CLOSING" = "AGREEING") =>
  mentorshipScenario({ mentor: actors.users.mentor, mentee: actors.users.technician, status, startedOn: madridDay() });

type Case = { name: string; allowed: ActorName[]; setup: () => Promise<(v: Viewer | null) => Promise<unknown>> };
const parties: ActorName[] = ["technician", "mentor"];

const cases: Case[] = [
  {
    name: "getMentorshipView",
    allowed: [...parties, "secretariat"],
    setup: async () => {
      const s = await scenario();
      return (v) => getMentorshipView(v, s.mentorship.id);
    },
  },
  {
    name: "recordFirstContact",
    allowed: ["technician"],
    setup: async () => {
      const s = await scenario();
      return (v) => recordFirstContact(v, { mentorshipId: s.mentorship.id, date: isoDay(madridDay()) });
    },
  },
  {
    name: "draftAgreement",
    allowed: parties,
    setup: async () => {
      const s = await scenario();
      return (v) =>
        draftAgreement(v, {
          mentorshipId: s.mentorship.id,
          objectives: long("O"),
          activities: long("A"),
          plannedMeetings: long("T"),
          endOn: isoDay(addMonths(madridDay(), 6)),
        });
    },
  },
  {
    name: "confirmAgreement (the other party)",
    allowed: ["mentor"],
    setup: async () => {
      const s = await scenario();
      await prisma.agreement.create({
        data: {
          mentorshipId: s.mentorship.id,
          objectives: "O",
          activities: "A",
          plannedMeetings: "T",
          endOn: addMonths(madridDay(), 6),
          draftedById: actors.users.technician.id,
        },
      });
      return (v) => confirmAgreement(v, { mentorshipId: s.mentorship.id, version: 1 });
    },
  },
  {
    name: "logMeeting",
    allowed: parties,
    setup: async () => {
      const s = await scenario();
      return (v) =>
        logMeeting(v, {
          mentorshipId: s.mentorship.id,
          date: isoDay(addDays(madridDay(), -1)),
          time: "10:00",
          durationMin: "60",
          mode: "ONLINE",
          place: "",
          summary: "",
        });
    },
  },
  {
    name: "confirmMeeting (the other party)",
    allowed: ["mentor"],
    setup: async () => {
      const s = await scenario();
      const m = await prisma.meeting.create({
        data: {
          mentorshipId: s.mentorship.id,
          startsAt: addDays(new Date(), -1),
          mode: "IN_PERSON",
          place: "Sala",
          loggedById: actors.users.technician.id,
        },
      });
      return (v) => confirmMeeting(v, m.id);
    },
  },
  {
    name: "meetingCalendar",
    allowed: [...parties, "secretariat"],
    setup: async () => {
      const s = await scenario();
      const m = await prisma.meeting.create({
        data: {
          mentorshipId: s.mentorship.id,
          startsAt: addDays(new Date(), 3),
          mode: "ONLINE",
          status: "PLANNED",
          loggedById: actors.users.technician.id,
        },
      });
      return (v) => meetingCalendar(v, m.id);
    },
  },
  {
    name: "proposeExtension",
    allowed: parties,
    setup: async () => {
      const s = await scenario("ACTIVE");
      return (v) =>
        proposeExtension(v, {
          mentorshipId: s.mentorship.id,
          newEndOn: isoDay(addMonths(madridDay(), 14)),
          reason: "Per acabar el pla local.",
        });
    },
  },
  {
    name: "answerExtension (the other party)",
    allowed: ["technician"],
    setup: async () => {
      const s = await scenario("ACTIVE");
      const e = await prisma.extension.create({
        data: {
          mentorshipId: s.mentorship.id,
          newEndOn: addMonths(madridDay(), 14),
          reason: "Motiu",
          proposedById: actors.users.mentor.id,
        },
      });
      return (v) => answerExtension(v, { extensionId: e.id, accept: true });
    },
  },
  {
    name: "sendCommunication (about the mentorship)",
    allowed: parties,
    setup: async () => {
      const s = await scenario();
      return (v) =>
        sendCommunication(v, {
          mentorshipId: s.mentorship.id,
          kind: "INCIDENT",
          subject: "Incidència",
          body: "Hem hagut d'ajornar la trobada.",
        });
    },
  },
  {
    name: "replyToCommunication (secretariat or its sender)",
    allowed: ["technician", "secretariat"],
    setup: async () => {
      const s = await scenario();
      const c = await prisma.communication.create({
        data: {
          mentorshipId: s.mentorship.id,
          senderId: actors.users.technician.id,
          kind: "OTHER",
          subject: "Dubte",
          messages: { create: { authorId: actors.users.technician.id, body: "Una pregunta." } },
        },
      });
      return (v) => replyToCommunication(v, { communicationId: c.id, body: "Resposta." });
    },
  },
  {
    name: "confirmCompletion",
    allowed: parties,
    setup: async () => {
      const s = await scenario("ACTIVE");
      return (v) =>
        confirmCompletion(v, { mentorshipId: s.mentorship.id, reason: "Hem assolit els objectius abans del previst." });
    },
  },
  {
    name: "cancelMentorship",
    allowed: [...parties, "secretariat"],
    setup: async () => {
      const s = await scenario();
      return (v) => cancelMentorship(v, { mentorshipId: s.mentorship.id, reason: "Ja no és possible continuar." });
    },
  },
  {
    name: "submitEvaluation",
    allowed: parties,
    setup: async () => {
      const s = await scenario("CLOSING");
      return (v) =>
        submitEvaluation(v, {
          mentorshipId: s.mentorship.id,
          usefulness: 4,
          relationship: 4,
          goalsAchieved: 4,
          organisation: 4,
          wouldRecommend: true,
        });
    },
  },
  {
    name: "saveRecordSheet (the mentee)",
    allowed: ["technician"],
    setup: async () => {
      const s = await scenario("CLOSING");
      return (v) =>
        saveRecordSheet(v, { mentorshipId: s.mentorship.id, submit: false, values: { title: "Esborrany" } });
    },
  },
  {
    name: "requestRecordSheetChanges",
    allowed: ["secretariat"],
    setup: async () => {
      const s = await scenario("CLOSING");
      const sheet = await prisma.recordSheet.create({
        data: { mentorshipId: s.mentorship.id, status: "SUBMITTED", title: "Fitxa" },
      });
      return (v) => requestRecordSheetChanges(v, { sheetId: sheet.id, note: "Afegiu-hi els resultats." });
    },
  },
  {
    name: "publishRecordSheet",
    allowed: ["secretariat"],
    setup: async () => {
      const s = await scenario("CLOSING");
      const topic = await prisma.topic.create({ data: { name: unique("T"), slug: unique("t") } });
      const sheet = await prisma.recordSheet.create({
        data: {
          mentorshipId: s.mentorship.id,
          status: "SUBMITTED",
          title: "Fitxa",
          topics: { connect: [{ id: topic.id }] },
        },
      });
      return (v) => publishRecordSheet(v, sheet.id);
    },
  },
];

describe("authorization matrix of a mentorship: only its parties and the secretariat", () => {
  for (const testCase of cases) {
    it(`${testCase.name}: only ${testCase.allowed.join(", ")}; refused calls change nothing`, async () => {
      const refused = [
        ...ACTORS.filter((a) => !testCase.allowed.includes(a)).map((a) => actors.viewers[a]),
        otherMentor,
      ];
      for (const viewer of refused) {
        const call = await testCase.setup();
        const before = await databaseFingerprint();
        await expect(call(viewer)).rejects.toMatchObject({ name: "AppError" });
        expect(await databaseFingerprint()).toBe(before);
      }
      for (const actor of testCase.allowed) {
        const call = await testCase.setup();
        await expect(call(actors.viewers[actor])).resolves.toBeDefined();
      }
    });
  }
});
