import { allowLateApplication, withdrawApplication } from "@/lib/applications/manage-application";
import { getApplicationForSecretariat, listApplications } from "@/lib/applications/queries";
import { saveApplication } from "@/lib/applications/save-application";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { changeEditionPhase, planPhaseChange } from "@/lib/editions/phase-change";
import { getEdition, listEditions } from "@/lib/editions/queries";
import { createEdition, setCurrentEdition, updateEdition } from "@/lib/editions/save-edition";
import { importMunicipalities, previewMunicipalityImport } from "@/lib/municipalities/import-municipalities";
import { listMunicipalities } from "@/lib/municipalities/queries";
import { createMunicipality, setMunicipalityActive, updateMunicipality } from "@/lib/municipalities/save-municipality";
import { decideRegistration, invitePerson, setPersonActive, updatePerson } from "@/lib/people/manage-people";
import { saveOwnProfile } from "@/lib/people/own-profile";
import { saveOffer, withdrawOffer } from "@/lib/offers/manage-offer";
import { getPersonForSecretariat, listPeople } from "@/lib/people/queries";
import { createTopic, setTopicActive, updateTopic } from "@/lib/topics/manage-topics";
import { ACTORS, createActors, databaseFingerprint, type ActorName } from "../support/actors";
import {
  createEdition as makeEdition,
  createMunicipality as makeMunicipality,
  createPerson,
  unique,
} from "../support/factories";
import { editionInput } from "../support/inputs";

/** `setup` prepares the records the call needs and returns the call itself. */
type Case = { name: string; allowed: ActorName[]; setup: () => Promise<(viewer: Viewer | null) => Promise<unknown>> };

let actors: Awaited<ReturnType<typeof createActors>>;
let topicId: string;

beforeAll(async () => {
  actors = await createActors();
  topicId = (await prisma.topic.create({ data: { name: unique("Àmbit"), slug: unique("ambit") } })).id;
  const edition = await makeEdition({ phase: "APPLICATIONS" });
  await prisma.edition.updateMany({ where: { isCurrent: true }, data: { isCurrent: null } });
  await prisma.edition.update({ where: { id: edition.id }, data: { isCurrent: true } });
});

function cases(): Case[] {
  const secretariatOnly: ActorName[] = ["secretariat"];
  const technicians: ActorName[] = ["technician", "mentor", "otherTechnician"];
  const currentEdition = () => prisma.edition.findFirstOrThrow({ where: { isCurrent: true } });
  return [
    { name: "createEdition", allowed: secretariatOnly, setup: async () => (v) => createEdition(v, editionInput()) },
    {
      name: "updateEdition",
      allowed: secretariatOnly,
      setup: async () => {
        const e = await makeEdition();
        return (v) => updateEdition(v, e.id, editionInput({ year: e.year }));
      },
    },
    {
      name: "setCurrentEdition",
      allowed: secretariatOnly,
      setup: async () => {
        const e = await currentEdition();
        return (v) => setCurrentEdition(v, e.id);
      },
    },
    {
      name: "planPhaseChange",
      allowed: secretariatOnly,
      setup: async () => {
        const e = await makeEdition({ phase: "DRAFT" });
        return (v) => planPhaseChange(v, e.id, "APPLICATIONS");
      },
    },
    {
      name: "changeEditionPhase",
      allowed: secretariatOnly,
      setup: async () => {
        const e = await makeEdition({ phase: "MATCHING" });
        return (v) => changeEditionPhase(v, { editionId: e.id, from: "MATCHING", to: "MENTORING" });
      },
    },
    { name: "listEditions", allowed: secretariatOnly, setup: async () => (v) => listEditions(v) },
    {
      name: "getEdition",
      allowed: secretariatOnly,
      setup: async () => {
        const e = await makeEdition();
        return (v) => getEdition(v, e.id);
      },
    },
    {
      name: "createMunicipality",
      allowed: secretariatOnly,
      setup: async () => (v) =>
        createMunicipality(v, { name: unique("Vila"), comarca: "Osona", population: "1000", emailDomains: "" }),
    },
    {
      name: "updateMunicipality",
      allowed: secretariatOnly,
      setup: async () => {
        const m = await makeMunicipality();
        return (v) =>
          updateMunicipality(v, m.id, {
            name: unique("Vila"),
            comarca: "Osona",
            population: "",
            emailDomains: "vila.cat",
          });
      },
    },
    {
      name: "setMunicipalityActive",
      allowed: secretariatOnly,
      setup: async () => {
        const m = await makeMunicipality();
        return (v) => setMunicipalityActive(v, m.id, false);
      },
    },
    { name: "listMunicipalities", allowed: secretariatOnly, setup: async () => (v) => listMunicipalities(v) },
    {
      name: "previewMunicipalityImport",
      allowed: secretariatOnly,
      setup: async () => (v) => previewMunicipalityImport(v, `nom;comarca\n${unique("Poble")};Anoia\n`),
    },
    {
      name: "importMunicipalities",
      allowed: secretariatOnly,
      setup: async () => (v) => importMunicipalities(v, `nom;comarca\n${unique("Poble")};Anoia\n`),
    },
    {
      name: "invitePerson",
      allowed: secretariatOnly,
      setup: async () => {
        const m = await makeMunicipality();
        return (v) =>
          invitePerson(v, {
            email: `${unique("conv")}@example.org`,
            name: "Persona Convidada",
            kind: "MENTOR",
            municipalityId: m.id,
          });
      },
    },
    {
      name: "updatePerson",
      allowed: secretariatOnly,
      setup: async () => {
        const p = await createPerson();
        return (v) =>
          updatePerson(v, p.id, {
            name: "Nom Canviat",
            isMentor: true,
            role: "TECHNICIAN",
            municipalityId: p.municipalityId!,
          });
      },
    },
    {
      name: "setPersonActive",
      allowed: secretariatOnly,
      setup: async () => {
        const p = await createPerson();
        return (v) => setPersonActive(v, p.id, false);
      },
    },
    {
      name: "decideRegistration",
      allowed: secretariatOnly,
      setup: async () => {
        const p = await createPerson({ approvalStatus: "PENDING" });
        return (v) => decideRegistration(v, p.id, true);
      },
    },
    { name: "listPeople", allowed: secretariatOnly, setup: async () => (v) => listPeople(v) },
    {
      name: "getPersonForSecretariat",
      allowed: secretariatOnly,
      setup: async () => (v) => getPersonForSecretariat(v, actors.users.technician.id),
    },
    {
      name: "createTopic",
      allowed: secretariatOnly,
      setup: async () => (v) => createTopic(v, { name: unique("Tema"), sortOrder: "3" }),
    },
    {
      name: "updateTopic",
      allowed: secretariatOnly,
      setup: async () => (v) => updateTopic(v, topicId, { name: unique("Tema"), sortOrder: "4" }),
    },
    {
      name: "setTopicActive",
      allowed: secretariatOnly,
      setup: async () => {
        const t = await prisma.topic.create({ data: { name: unique("T"), slug: unique("t") } });
        return (v) => setTopicActive(v, t.id, false);
      },
    },
    {
      name: "allowLateApplication",
      allowed: secretariatOnly,
      setup: async () => {
        const e = await makeEdition({ phase: "MATCHING" });
        const p = await createPerson();
        return (v) => allowLateApplication(v, { editionId: e.id, personId: p.id });
      },
    },
    {
      name: "listApplications",
      allowed: secretariatOnly,
      setup: async () => {
        const e = await makeEdition();
        return (v) => listApplications(v, e.id);
      },
    },
    {
      name: "getApplicationForSecretariat",
      allowed: secretariatOnly,
      setup: async () => {
        const person = await createPerson();
        const edition = await makeEdition();
        const app = await prisma.application.create({
          data: { editionId: edition.id, applicantId: person.id, municipalityId: person.municipalityId! },
        });
        return (v) => getApplicationForSecretariat(v, app.id);
      },
    },
    {
      name: "saveApplication (own)",
      allowed: technicians,
      setup: async () => (v) =>
        saveApplication(v, { mode: "draft", values: { goals: "Una primera idea dels objectius." } }),
    },
    {
      name: "withdrawApplication (the technician's)",
      allowed: ["technician"],
      setup: async () => {
        const edition = await currentEdition();
        const existing = await prisma.application.findFirst({
          where: { applicantId: actors.users.technician.id, live: true },
        });
        const app =
          existing ??
          (await prisma.application.create({
            data: {
              editionId: edition.id,
              applicantId: actors.users.technician.id,
              municipalityId: actors.users.technician.municipalityId!,
            },
          }));
        return (v) => withdrawApplication(v, app.id);
      },
    },
    {
      name: "saveOffer (mentor only)",
      allowed: ["mentor"],
      setup: async () => (v) =>
        saveOffer(v, {
          capacity: "2",
          topicIds: [topicId],
          experience: "Deu anys impulsant cooperatives al municipi.",
          preferredFormat: "MIXED",
        }),
    },
    {
      name: "withdrawOffer (mentor only)",
      allowed: ["mentor"],
      setup: async () => {
        const edition = await currentEdition();
        await prisma.mentorOffer.upsert({
          where: { editionId_mentorId: { editionId: edition.id, mentorId: actors.users.mentor.id } },
          create: {
            editionId: edition.id,
            mentorId: actors.users.mentor.id,
            capacity: 1,
            experience: "Experiència llarga en ESS.",
          },
          update: { status: "ACTIVE" },
        });
        return (v) => withdrawOffer(v);
      },
    },
    {
      name: "saveOwnProfile",
      allowed: [...technicians, "secretariat"],
      setup: async () => (v) =>
        saveOwnProfile(v, {
          name: "Nom i Cognoms",
          position: "Tècnica",
          municipalityId: actors.users.technician.municipalityId!,
          privacyAccepted: true,
        }),
    },
  ];
}

describe("authorization matrix of the programme set-up", () => {
  for (const testCase of cases()) {
    it(`${testCase.name}: only ${testCase.allowed.join(", ")}; refused calls change nothing`, async () => {
      for (const actor of ACTORS.filter((a) => !testCase.allowed.includes(a))) {
        const call = await testCase.setup();
        const before = await databaseFingerprint();
        await expect(call(actors.viewers[actor])).rejects.toMatchObject({ name: "AppError" });
        expect(await databaseFingerprint()).toBe(before);
      }
      for (const actor of testCase.allowed) {
        const call = await testCase.setup();
        await expect(call(actors.viewers[actor])).resolves.toBeDefined();
      }
    });
  }
});
