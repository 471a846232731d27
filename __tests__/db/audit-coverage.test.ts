import { allowLateApplication, withdrawApplication } from "@/lib/applications/manage-application";
import { saveApplication } from "@/lib/applications/save-application";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { addDays, addMonths, isoDay, madridDay } from "@/lib/dates";
import { changeEditionPhase } from "@/lib/editions/phase-change";
import { createEdition, setCurrentEdition, updateEdition } from "@/lib/editions/save-edition";
import { resendEmail } from "@/lib/email/log";
import { saveMatchingWeights } from "@/lib/matching/board";
import { sendProposals, withdrawProposal } from "@/lib/matching/proposals";
import { acceptProposal, declineProposal } from "@/lib/matching/respond";
import { confirmAgreement, draftAgreement, recordFirstContact } from "@/lib/mentorships/agreement";
import { cancelMentorship, confirmCompletion, submitEvaluation } from "@/lib/mentorships/closure";
import { replyToCommunication, sendCommunication } from "@/lib/mentorships/communications";
import { answerExtension, proposeExtension } from "@/lib/mentorships/extensions";
import { confirmMeeting, logMeeting } from "@/lib/mentorships/meetings";
import { cancelMeeting, updateMeeting } from "@/lib/mentorships/meeting-changes";
import { publishRecordSheet, requestRecordSheetChanges, saveRecordSheet } from "@/lib/mentorships/record-sheet";
import { createMunicipality, setMunicipalityActive, updateMunicipality } from "@/lib/municipalities/save-municipality";
import { importMunicipalities } from "@/lib/municipalities/import-municipalities";
import { saveOffer, withdrawOffer } from "@/lib/offers/manage-offer";
import { decideRegistration, invitePerson, setPersonActive, updatePerson } from "@/lib/people/manage-people";
import { saveOwnProfile } from "@/lib/people/own-profile";
import { erasePerson } from "@/lib/privacy/erase";
import { saveReminderSettings } from "@/lib/reminders/edition-settings";
import { defaultReminderSettings } from "@/lib/reminders/settings";
import { saveMyReminderPreference } from "@/lib/reminders/preferences";
import { createTopic, setTopicActive, updateTopic } from "@/lib/topics/manage-topics";
import { viewerOf } from "../support/actors";
import {
  createEdition as makeEdition,
  createMunicipality as makeMunicipality,
  createPerson,
  createSecretariat,
  unique,
} from "../support/factories";
import { completeApplication, editionInput } from "../support/inputs";
import { matchingScenario, rawProposals } from "../support/matching-fixtures";
import { mentorshipScenario } from "../support/mentorship-fixtures";

// Every state change of the platform leaves an audit event in its own transaction: each row
// runs one use case and names the action it must record.
let secretariat: Viewer;
let topicId: string;
beforeAll(async () => {
  secretariat = viewerOf(await createSecretariat());
  topicId = (await prisma.topic.create({ data: { name: unique("Àmbit"), slug: unique("a") } })).id;
});

const current = async (phase: "APPLICATIONS" | "MATCHING" = "APPLICATIONS") => {
  const e = await makeEdition({ phase });
  await prisma.edition.updateMany({ where: { isCurrent: true }, data: { isCurrent: null } });
  return prisma.edition.update({ where: { id: e.id }, data: { isCurrent: true } });
};
const long = (s: string) => `${s} amb prou detall per passar la validació.`;

type Row = [action: string, run: () => Promise<unknown>];

const rows: Row[] = [
  ["edition.created", () => createEdition(secretariat, editionInput())],
  [
    "edition.updated",
    async () => {
      const e = await makeEdition();
      return updateEdition(secretariat, e.id, editionInput({ year: e.year }));
    },
  ],
  ["edition.made_current", async () => setCurrentEdition(secretariat, (await makeEdition()).id)],
  [
    "edition.phase_changed",
    async () => {
      const e = await makeEdition({ phase: "MATCHING" });
      return changeEditionPhase(secretariat, { editionId: e.id, from: "MATCHING", to: "MENTORING" });
    },
  ],
  [
    "edition.weights_changed",
    async () =>
      saveMatchingWeights(secretariat, (await makeEdition()).id, {
        topics: 50,
        preferred: 20,
        proximity: 15,
        size: 10,
        balance: 5,
      }),
  ],
  [
    "edition.reminders_changed",
    async () => saveReminderSettings(secretariat, (await makeEdition()).id, defaultReminderSettings()),
  ],
  [
    "municipality.created",
    () => createMunicipality(secretariat, { name: unique("Vila"), comarca: "Bages", population: "", emailDomains: "" }),
  ],
  [
    "municipality.updated",
    async () =>
      updateMunicipality(secretariat, (await makeMunicipality()).id, {
        name: unique("Vila"),
        comarca: "Bages",
        population: "10",
        emailDomains: "",
      }),
  ],
  ["municipality.deactivated", async () => setMunicipalityActive(secretariat, (await makeMunicipality()).id, false)],
  ["municipality.imported", () => importMunicipalities(secretariat, `nom;comarca\n${unique("Poble")};Anoia\n`)],
  ["topic.created", () => createTopic(secretariat, { name: unique("Tema"), sortOrder: "1" })],
  ["topic.updated", () => updateTopic(secretariat, topicId, { name: unique("Tema"), sortOrder: "2" })],
  [
    "topic.deactivated",
    async () =>
      setTopicActive(
        secretariat,
        (await prisma.topic.create({ data: { name: unique("T"), slug: unique("t") } })).id,
        false,
      ),
  ],
  [
    "person.invited",
    async () =>
      invitePerson(secretariat, {
        email: `${unique("c")}@example.org`,
        name: "Persona Convidada",
        kind: "MENTOR",
        municipalityId: (await makeMunicipality()).id,
      }),
  ],
  [
    "person.updated",
    async () => {
      const p = await createPerson();
      return updatePerson(secretariat, p.id, {
        name: "Nom Nou",
        isMentor: false,
        role: "TECHNICIAN",
        municipalityId: p.municipalityId,
      });
    },
  ],
  ["person.deactivated", async () => setPersonActive(secretariat, (await createPerson()).id, false)],
  [
    "person.approved",
    async () => decideRegistration(secretariat, (await createPerson({ approvalStatus: "PENDING" })).id, true),
  ],
  ["person.erased", async () => erasePerson(secretariat, (await createPerson()).id)],
  [
    "profile.updated",
    async () => {
      const p = await createPerson();
      return saveOwnProfile(viewerOf(p), {
        name: "Nom",
        position: "Tècnica",
        municipalityId: p.municipalityId,
        privacyAccepted: true,
      });
    },
  ],
  ["reminders.turned_off", async () => saveMyReminderPreference(viewerOf(await createPerson()), true)],
  [
    "application.created",
    async () => {
      await current();
      return saveApplication(viewerOf(await createPerson()), { mode: "draft", values: {} });
    },
  ],
  [
    "application.submitted",
    async () => {
      await current();
      return saveApplication(viewerOf(await createPerson()), { mode: "submit", values: completeApplication(topicId) });
    },
  ],
  [
    "application.withdrawn",
    async () => {
      await current();
      const p = await createPerson();
      const a = await saveApplication(viewerOf(p), { mode: "draft", values: {} });
      return withdrawApplication(viewerOf(p), a.id);
    },
  ],
  [
    "application.late_accepted",
    async () =>
      allowLateApplication(secretariat, {
        editionId: (await makeEdition({ phase: "MATCHING" })).id,
        personId: (await createPerson()).id,
      }),
  ],
  [
    "offer.confirmed",
    async () => {
      await current();
      return saveOffer(viewerOf(await createPerson({ isMentor: true })), {
        capacity: "1",
        topicIds: [topicId],
        experience: long("Experiència"),
        preferredFormat: "MIXED",
      });
    },
  ],
  [
    "offer.withdrawn",
    async () => {
      await current();
      const m = viewerOf(await createPerson({ isMentor: true }));
      await saveOffer(m, {
        capacity: "1",
        topicIds: [topicId],
        experience: long("Experiència"),
        preferredFormat: "MIXED",
      });
      return withdrawOffer(m);
    },
  ],
  [
    "proposal.sent",
    async () => {
      const s = await matchingScenario();
      return sendProposals(viewerOf(s.secretariat), {
        editionId: s.edition.id,
        items: [{ applicationId: s.apps[0].id, mentorId: s.mentor.id }],
      });
    },
  ],
  [
    "proposal.withdrawn",
    async () => {
      const s = await matchingScenario();
      const [p] = await rawProposals(s.edition.id, s.mentor.id, s.secretariat.id, [s.apps[0].id]);
      return withdrawProposal(secretariat, p.id);
    },
  ],
  [
    "proposal.accepted",
    async () => {
      const s = await matchingScenario();
      const [p] = await rawProposals(s.edition.id, s.mentor.id, s.secretariat.id, [s.apps[0].id]);
      return acceptProposal(viewerOf(s.mentor), p.id);
    },
  ],
  [
    "proposal.declined",
    async () => {
      const s = await matchingScenario();
      const [p] = await rawProposals(s.edition.id, s.mentor.id, s.secretariat.id, [s.apps[0].id]);
      return declineProposal(viewerOf(s.mentor), { proposalId: p.id });
    },
  ],
  [
    "proposal.expired",
    async () => {
      const s = await matchingScenario();
      const [p] = await rawProposals(s.edition.id, s.mentor.id, s.secretariat.id, [s.apps[0].id]);
      await prisma.proposal.update({ where: { id: p.id }, data: { respondBy: addDays(new Date(), -1) } });
      return acceptProposal(viewerOf(s.mentor), p.id).catch(() => "expired");
    },
  ],
  [
    "mentorship.first_contact",
    async () => {
      const s = await mentorshipScenario();
      return recordFirstContact(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, date: isoDay(madridDay()) });
    },
  ],
  [
    "mentorship.agreement_drafted",
    async () => {
      const s = await mentorshipScenario();
      return draftAgreement(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        objectives: long("O"),
        activities: long("A"),
        plannedMeetings: long("T"),
        endOn: isoDay(addMonths(madridDay(), 6)),
      });
    },
  ],
  [
    "mentorship.agreement_confirmed",
    async () => {
      const s = await mentorshipScenario();
      const { version } = await draftAgreement(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        objectives: long("O"),
        activities: long("A"),
        plannedMeetings: long("T"),
        endOn: isoDay(addMonths(madridDay(), 6)),
      });
      return confirmAgreement(viewerOf(s.mentor), { mentorshipId: s.mentorship.id, version });
    },
  ],
  [
    "mentorship.meeting_logged",
    async () => {
      const s = await mentorshipScenario();
      return logMeeting(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        date: isoDay(addDays(madridDay(), -1)),
        time: "10:00",
        durationMin: "60",
        mode: "ONLINE",
        place: "",
        summary: "",
      });
    },
  ],
  [
    "mentorship.meeting_changed",
    async () => {
      const s = await mentorshipScenario();
      const planned = {
        date: isoDay(addDays(madridDay(), 5)),
        time: "10:00",
        durationMin: "60",
        mode: "ONLINE" as const,
      };
      const m = await logMeeting(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        ...planned,
        place: "",
        summary: "",
      });
      return updateMeeting(viewerOf(s.mentor), { meetingId: m.id, ...planned, time: "11:00", place: "", summary: "" });
    },
  ],
  [
    "mentorship.meeting_cancelled",
    async () => {
      const s = await mentorshipScenario();
      const m = await logMeeting(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        date: isoDay(addDays(madridDay(), 5)),
        time: "10:00",
        durationMin: "60",
        mode: "ONLINE",
        place: "",
        summary: "",
      });
      return cancelMeeting(viewerOf(s.mentor), { meetingId: m.id, reason: "Coincideix amb un ple" });
    },
  ],
  [
    "mentorship.meeting_confirmed",
    async () => {
      const s = await mentorshipScenario();
      const m = await logMeeting(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        date: isoDay(addDays(madridDay(), -1)),
        time: "10:00",
        durationMin: "60",
        mode: "ONLINE",
        place: "",
        summary: "",
      });
      return confirmMeeting(viewerOf(s.mentor), m.id);
    },
  ],
  [
    "mentorship.extension_proposed",
    async () => {
      const s = await mentorshipScenario({ status: "ACTIVE" });
      return proposeExtension(viewerOf(s.mentor), {
        mentorshipId: s.mentorship.id,
        newEndOn: isoDay(addMonths(madridDay(), 14)),
        reason: long("Motiu"),
      });
    },
  ],
  [
    "mentorship.extension_accepted",
    async () => {
      const s = await mentorshipScenario({ status: "ACTIVE" });
      const e = await proposeExtension(viewerOf(s.mentor), {
        mentorshipId: s.mentorship.id,
        newEndOn: isoDay(addMonths(madridDay(), 14)),
        reason: long("Motiu"),
      });
      return answerExtension(viewerOf(s.mentee), { extensionId: e.id, accept: true });
    },
  ],
  [
    "communication.sent",
    async () => {
      const s = await mentorshipScenario();
      return sendCommunication(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        kind: "OTHER",
        subject: "Dubte",
        body: long("Pregunta"),
      });
    },
  ],
  [
    "communication.answered",
    async () => {
      const s = await mentorshipScenario();
      const c = await sendCommunication(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        kind: "OTHER",
        subject: "Dubte",
        body: long("Pregunta"),
      });
      return replyToCommunication(secretariat, { communicationId: c.id, body: "Resposta" });
    },
  ],
  [
    "mentorship.completion_confirmed",
    async () => {
      const s = await mentorshipScenario({ status: "ACTIVE" });
      return confirmCompletion(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        reason: "Hem assolit els objectius abans del previst.",
      });
    },
  ],
  [
    "mentorship.cancelled",
    async () => {
      const s = await mentorshipScenario();
      return cancelMentorship(secretariat, { mentorshipId: s.mentorship.id, reason: long("Motiu") });
    },
  ],
  [
    "mentorship.evaluation_submitted",
    async () => {
      const s = await mentorshipScenario({ status: "CLOSING" });
      return submitEvaluation(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        usefulness: 5,
        relationship: 5,
        goalsAchieved: 5,
        organisation: 5,
        wouldRecommend: true,
      });
    },
  ],
  [
    "mentorship.fitxa_submitted",
    async () => {
      const s = await mentorshipScenario({ status: "CLOSING" });
      return saveRecordSheet(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        submit: true,
        values: {
          title: "Títol de la fitxa",
          context: long("Context llarg"),
          objectives: long("Objectius llargs"),
          activities: long("Activitats llargues"),
          results: long("Resultats llargs"),
          lessons: long("Aprenentatges llargs"),
          resources: "",
          topicIds: [topicId],
        },
      });
    },
  ],
  [
    "mentorship.fitxa_changes_requested",
    async () => {
      const s = await mentorshipScenario({ status: "CLOSING" });
      const sheet = await prisma.recordSheet.create({ data: { mentorshipId: s.mentorship.id, status: "SUBMITTED" } });
      return requestRecordSheetChanges(secretariat, { sheetId: sheet.id, note: long("Canvis") });
    },
  ],
  [
    "mentorship.fitxa_published",
    async () => {
      const s = await mentorshipScenario({ status: "CLOSING" });
      const sheet = await prisma.recordSheet.create({ data: { mentorshipId: s.mentorship.id, status: "SUBMITTED" } });
      return publishRecordSheet(secretariat, sheet.id);
    },
  ],
  [
    "email.resent",
    async () => {
      const e = await prisma.emailMessage.create({
        data: {
          template: "t",
          toEmail: "x@example.org",
          subject: "s",
          html: "h",
          text: "t",
          status: "FAILED",
          idempotencyKey: unique("k"),
        },
      });
      return resendEmail(secretariat, e.id);
    },
  ],
];

describe("the audit log records every state change", () => {
  for (const [action, run] of rows) {
    it(action, async () => {
      const before = await prisma.auditEvent.count({ where: { action } });
      await run();
      expect(await prisma.auditEvent.count({ where: { action } })).toBeGreaterThan(before);
    });
  }
});
