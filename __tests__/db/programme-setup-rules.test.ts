import { allowLateApplication, withdrawApplication } from "@/lib/applications/manage-application";
import { catalanIssues, inCatalan } from "../support/translator";
import { saveApplication } from "@/lib/applications/save-application";
import { prisma } from "@/lib/db/client";
import { addDays, isoDay, madridDay } from "@/lib/dates";
import { changeEditionPhase, planPhaseChange } from "@/lib/editions/phase-change";
import { createEdition, setCurrentEdition } from "@/lib/editions/save-edition";
import { importMunicipalities, previewMunicipalityImport } from "@/lib/municipalities/import-municipalities";
import { saveOffer, withdrawOffer } from "@/lib/offers/manage-offer";
import { invitePerson, setPersonActive, updatePerson } from "@/lib/people/manage-people";
import { saveOwnProfile } from "@/lib/people/own-profile";
import { requestRegistration } from "@/lib/people/register";
import { viewerOf } from "../support/actors";
import {
  createEdition as makeEdition,
  createMunicipality,
  createPerson,
  createSecretariat,
  unique,
} from "../support/factories";
import { completeApplication, editionInput } from "../support/inputs";
import { asSent } from "../support/emails";

let topicId: string;
let secretariat: Awaited<ReturnType<typeof createSecretariat>>;

async function makeCurrent(data: Parameters<typeof makeEdition>[0] = {}) {
  const edition = await makeEdition(data);
  await prisma.edition.updateMany({ where: { isCurrent: true }, data: { isCurrent: null } });
  return prisma.edition.update({ where: { id: edition.id }, data: { isCurrent: true } });
}

beforeAll(async () => {
  topicId = (await prisma.topic.create({ data: { name: unique("Cooperativisme"), slug: unique("coop") } })).id;
  secretariat = await createSecretariat();
});

describe("editions", () => {
  it("keeps exactly one current edition", async () => {
    const a = await makeCurrent();
    const b = await makeEdition();
    await setCurrentEdition(viewerOf(secretariat), b.id);
    const current = await prisma.edition.findMany({ where: { isCurrent: true } });
    expect(current.map((e) => e.id)).toEqual([b.id]);
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: a.id } })).isCurrent).toBeNull();
  });

  it("refuses inconsistent calendars and durations over 12 months with messages by the field", async () => {
    const today = madridDay();
    const bad = editionInput({ applicationsCloseOn: isoDay(addDays(today, -10)), maxDurationMonths: 13 });
    expect(await createEdition(viewerOf(secretariat), bad).catch(catalanIssues)).toMatchObject({
      issues: expect.arrayContaining([
        expect.objectContaining({
          path: ["applicationsCloseOn"],
          message: "Les inscripcions s'han de tancar després d'obrir-se.",
        }),
        expect.objectContaining({
          path: ["maxDurationMonths"],
          message: "El programa fixa una durada màxima d'1 any (12 mesos).",
        }),
      ]),
    });
    const count = await prisma.edition.count({ where: { name: bad.name, year: Number(bad.year) } });
    expect(count).toBe(0);
  });

  it("refuses a second edition for the same year on the year field", async () => {
    const input = editionInput();
    await createEdition(viewerOf(secretariat), input);
    await expect(createEdition(viewerOf(secretariat), input)).rejects.toMatchObject({
      fieldErrors: { year: ["Ja hi ha una convocatòria per a aquest any."] },
    });
  });

  it("moves phases one step forward only, with a clear message otherwise", async () => {
    const edition = await makeCurrent({ phase: "DRAFT" });
    const v = viewerOf(secretariat);
    await expect(changeEditionPhase(v, { editionId: edition.id, from: "DRAFT", to: "MATCHING" })).rejects.toMatchObject(
      {
        code: "invalid",
        ref: { key: "phase.notNext", values: { from: "DRAFT", to: "MATCHING", next: "APPLICATIONS" } },
      },
    );
    const plan = await planPhaseChange(v, edition.id, "CLOSED");
    expect(plan.problem).toEqual({
      key: "phase.notNext",
      values: { from: "DRAFT", to: "CLOSED", next: "APPLICATIONS" },
    });
    await expect(
      changeEditionPhase(v, { editionId: edition.id, from: "APPLICATIONS", to: "MATCHING" }),
    ).rejects.toMatchObject({ code: "conflict", ref: { key: "phase.changed", values: { phase: "DRAFT" } } });
    expect((await prisma.edition.findUniqueOrThrow({ where: { id: edition.id } })).phase).toBe("DRAFT");
  });

  it("opening applications emails each active mentor and each registered technician once, in the same transaction", async () => {
    const edition = await makeCurrent({ phase: "DRAFT" });
    const mentor = await createPerson({ isMentor: true });
    const technician = await createPerson();
    const inactive = await createPerson({ deactivatedAt: new Date() });
    const pending = await createPerson({ approvalStatus: "PENDING" });
    const plan = await planPhaseChange(viewerOf(secretariat), edition.id, "APPLICATIONS");
    expect(plan.problem).toBeNull();
    expect(plan.groups.map((g) => g.group)).toEqual(["mentors", "technicians"]);
    expect(plan.groups[0].previewHtml).toContain("Confirma la disponibilitat");

    const results = await Promise.allSettled([
      changeEditionPhase(viewerOf(secretariat), { editionId: edition.id, from: "DRAFT", to: "APPLICATIONS" }),
      changeEditionPhase(viewerOf(secretariat), { editionId: edition.id, from: "DRAFT", to: "APPLICATIONS" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const emails = await prisma.emailMessage.findMany({
      where: { payload: { path: ["editionId"], equals: edition.id } },
    });
    const to = (id: string) => emails.filter((e) => e.toUserId === id).map((e) => e.template);
    expect(to(mentor.id)).toEqual(["availability-request"]);
    expect(to(technician.id)).toEqual(["applications-open"]);
    expect(to(inactive.id)).toEqual([]);
    expect(to(pending.id)).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { entityId: edition.id, action: "edition.phase_changed" } })).toBe(1);
  });
});

describe("applications", () => {
  it("a technician saves a draft, submits it, gets one confirmation email, and can still edit it", async () => {
    await makeCurrent();
    const person = await createPerson();
    const v = viewerOf(person);
    const draft = await saveApplication(v, { mode: "draft", values: { goals: "Encara ho estic pensant" } });
    expect(draft.status).toBe("DRAFT");
    const submitted = await Promise.allSettled([
      saveApplication(v, { mode: "submit", values: completeApplication(topicId) }),
      saveApplication(v, { mode: "submit", values: completeApplication(topicId) }),
    ]);
    expect(submitted.some((r) => r.status === "fulfilled")).toBe(true);
    const apps = await prisma.application.findMany({ where: { applicantId: person.id }, include: { needs: true } });
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({
      status: "SUBMITTED",
      live: true,
      policyStage: "EMERGING",
      municipalitySize: 12000,
    });
    expect(apps[0].needs).toHaveLength(1);
    const emails = await prisma.emailMessage.findMany({
      where: { toUserId: person.id, template: "application-received" },
    });
    expect(emails).toHaveLength(1);
    expect((await asSent(emails[0])).text).toContain("Hem rebut la vostra sol·licitud");

    await saveApplication(v, {
      mode: "draft",
      values: completeApplication(topicId, { goals: "Objectius revisats amb més detall." }),
    });
    const edited = await prisma.application.findUniqueOrThrow({ where: { id: apps[0].id } });
    expect(edited).toMatchObject({ status: "SUBMITTED", goals: "Objectius revisats amb més detall." });
    // a submitted application cannot be saved back into an incomplete state
    await expect(saveApplication(v, { mode: "draft", values: { goals: "" } })).rejects.toMatchObject({
      name: "ZodError",
      issues: expect.arrayContaining([expect.objectContaining({ path: ["goals"] })]),
    });
    expect(await prisma.emailMessage.count({ where: { toUserId: person.id, template: "application-received" } })).toBe(
      1,
    );
  });

  it("keeps one live application per person and edition, even when two first saves race", async () => {
    await makeCurrent();
    const person = await createPerson();
    await Promise.allSettled([
      saveApplication(viewerOf(person), { mode: "draft", values: {} }),
      saveApplication(viewerOf(person), { mode: "draft", values: {} }),
    ]);
    expect(await prisma.application.count({ where: { applicantId: person.id, live: true } })).toBe(1);
  });

  it("keeps the municipality as it was when submitted when the person later moves", async () => {
    await makeCurrent();
    const person = await createPerson();
    const { id } = await saveApplication(viewerOf(person), { mode: "submit", values: completeApplication(topicId) });
    const elsewhere = await createMunicipality();
    await prisma.user.update({ where: { id: person.id }, data: { municipalityId: elsewhere.id } });
    expect((await prisma.application.findUniqueOrThrow({ where: { id } })).municipalityId).toBe(person.municipalityId);
  });

  it("refuses to apply after 23:59 of the closing day with a clear message; a late application accepted by the secretariat works", async () => {
    const closing = addDays(madridDay(), -1);
    const edition = await makeCurrent({ applicationsOpenOn: addDays(closing, -20), applicationsCloseOn: closing });
    const person = await createPerson();
    await expect(
      saveApplication(viewerOf(person), { mode: "submit", values: completeApplication(topicId) }),
    ).rejects.toThrow(/El termini d'inscripció es va tancar el .* escriviu a la secretaria/);
    expect(await prisma.application.count({ where: { applicantId: person.id } })).toBe(0);

    await allowLateApplication(viewerOf(secretariat), { editionId: edition.id, personId: person.id });
    expect(
      await prisma.emailMessage.count({ where: { toUserId: person.id, template: "late-application-allowed" } }),
    ).toBe(1);
    const result = await saveApplication(viewerOf(person), { mode: "submit", values: completeApplication(topicId) });
    expect(result.status).toBe("SUBMITTED");
    expect(await prisma.application.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({
      lateAcceptedAt: expect.any(Date),
    });
  });

  it("the secretariat names the late applicant by email address; an address of nobody who can apply is refused by the field", async () => {
    const edition = await makeCurrent({ phase: "MATCHING" });
    const person = await createPerson();
    const bySecretariat = viewerOf(secretariat);
    for (const email of ["ningu@example.org", secretariat.email!]) {
      await expect(allowLateApplication(bySecretariat, { editionId: edition.id, email })).rejects.toMatchObject({
        fieldErrors: { email: ["No hi ha cap persona tècnica activa amb aquesta adreça."] },
      });
    }
    expect(await prisma.application.count({ where: { editionId: edition.id, lateAcceptedAt: { not: null } } })).toBe(0);

    await allowLateApplication(bySecretariat, { editionId: edition.id, email: `  ${person.email.toUpperCase()} ` });
    expect(
      await prisma.application.findFirstOrThrow({ where: { editionId: edition.id, applicantId: person.id } }),
    ).toMatchObject({ lateAcceptedAt: expect.any(Date) });
  });

  it("the closing day itself is still open until midnight in Madrid", async () => {
    const closing = madridDay();
    await makeCurrent({ applicationsOpenOn: addDays(closing, -10), applicationsCloseOn: closing });
    const person = await createPerson();
    const late = new Date(); // any time today in Madrid is before 23:59:59.999
    await expect(saveApplication(viewerOf(person), { mode: "draft", values: {} }, late)).resolves.toMatchObject({
      status: "DRAFT",
    });
  });

  it("rejects bad input with Catalan messages by the field and stores nothing", async () => {
    await makeCurrent();
    const person = await createPerson();
    const v = viewerOf(person);
    const cases = [
      completeApplication(topicId, { goals: "" }),
      completeApplication(topicId, { goals: "x".repeat(3001) }),
      completeApplication(topicId, { municipalitySize: "molts" }),
      completeApplication(topicId, {
        needs: [{ topicId: "no-existeix", description: "Una necessitat prou ben descrita.", priority: "HIGH" }],
      }),
      completeApplication(topicId, { preferredMentorIds: [person.id] }),
      completeApplication(topicId, { commitments: {} }),
    ];
    const messages: string[] = [];
    for (const values of cases) {
      const error = await saveApplication(v, { mode: "submit", values }).catch((e) => e);
      messages.push(JSON.stringify(catalanIssues(error).issues ?? error.fieldErrors));
    }
    expect(messages[0]).toContain("Expliqueu què voleu aconseguir amb la mentoria");
    expect(messages[1]).toContain("no pot passar de 3000 caràcters");
    expect(messages[2]).toContain("Indiqueu un nombre d'habitants");
    expect(messages[3]).toContain("Trieu un àmbit de la llista");
    expect(messages[4]).toContain("Trieu només persones mentores del directori");
    expect(messages[5]).toContain("Cal acceptar aquest compromís");
    expect(await prisma.application.count({ where: { applicantId: person.id } })).toBe(0);
  });

  it("is withdrawn by its owner only, and then a new one can be started", async () => {
    await makeCurrent();
    const person = await createPerson();
    const other = await createPerson();
    const { id } = await saveApplication(viewerOf(person), { mode: "draft", values: {} });
    await expect(withdrawApplication(viewerOf(other), id)).rejects.toMatchObject({ code: "not-found" });
    await withdrawApplication(viewerOf(person), id);
    expect(await prisma.application.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "WITHDRAWN",
      live: null,
    });
    const again = await saveApplication(viewerOf(person), { mode: "draft", values: {} });
    expect(again.id).not.toBe(id);
  });
});

describe("mentor availability", () => {
  it("is confirmed once by email, editable until matching ends, and withdrawable while nothing is pending", async () => {
    const edition = await makeCurrent();
    const mentor = await createPerson({ isMentor: true });
    const v = viewerOf(mentor);
    const input = {
      capacity: "2",
      topicIds: [topicId],
      experience: "Vuit anys acompanyant cooperatives de treball.",
      preferredFormat: "IN_PERSON" as const,
    };
    await saveOffer(v, input);
    await saveOffer(v, { ...input, capacity: "3" });
    expect(await prisma.mentorOffer.findFirstOrThrow({ where: { mentorId: mentor.id } })).toMatchObject({
      capacity: 3,
      status: "ACTIVE",
    });
    expect(await prisma.emailMessage.count({ where: { toUserId: mentor.id, template: "offer-confirmed" } })).toBe(1);

    expect(await saveOffer(v, { ...input, capacity: "6" }).catch(catalanIssues)).toMatchObject({
      issues: [expect.objectContaining({ message: "Com a màxim 5 persones." })],
    });
    await expect(saveOffer(v, { ...input, capacity: "0" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["capacity"] })],
    });

    await withdrawOffer(v);
    expect(await prisma.mentorOffer.findFirstOrThrow({ where: { mentorId: mentor.id } })).toMatchObject({
      status: "WITHDRAWN",
    });

    await prisma.edition.update({ where: { id: edition.id }, data: { phase: "MENTORING" } });
    await expect(saveOffer(v, input)).rejects.toThrow("El matching d'aquesta convocatòria ja ha acabat");
  });

  it("cannot be withdrawn while a proposal is pending", async () => {
    const edition = await makeCurrent({ phase: "MATCHING" });
    const mentor = await createPerson({ isMentor: true });
    const mentee = await createPerson();
    await saveOffer(viewerOf(mentor), {
      capacity: "1",
      topicIds: [topicId],
      experience: "Experiència en mercat social local.",
      preferredFormat: "MIXED",
    });
    const app = await prisma.application.create({
      data: {
        editionId: edition.id,
        applicantId: mentee.id,
        municipalityId: mentee.municipalityId!,
        status: "SUBMITTED",
      },
    });
    await prisma.proposal.create({
      data: {
        editionId: edition.id,
        applicationId: app.id,
        mentorId: mentor.id,
        createdById: secretariat.id,
        respondBy: addDays(new Date(), 10),
      },
    });
    await expect(withdrawOffer(viewerOf(mentor))).rejects.toThrow(/propostes de mentoria pendents/);
  });
});

describe("people and registration", () => {
  it("invites a mentor with a sign-in link valid for days", async () => {
    const municipality = await createMunicipality();
    const email = `${unique("nova")}@example.org`;
    await invitePerson(viewerOf(secretariat), {
      email: ` ${email.toUpperCase()} `,
      name: "Nova Mentora",
      kind: "MENTOR",
      municipalityId: municipality.id,
    });
    const person = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(person).toMatchObject({ isMentor: true, role: "TECHNICIAN", municipalityId: municipality.id });
    const token = await prisma.verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(token.expires.getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: email } });
    expect(mail).toMatchObject({ template: "invitation", subject: "Invitació a Mentoria XMESS" });
    await expect(
      invitePerson(viewerOf(secretariat), { email, name: "Una altra", kind: "SECRETARIAT" }),
    ).rejects.toMatchObject({ fieldErrors: { email: ["Ja hi ha una persona registrada amb aquesta adreça."] } });
  });

  it("invites a person in the language the secretariat chooses: their account, the link's pages and the invitation", async () => {
    const municipality = await createMunicipality();
    const email = `${unique("nueva")}@example.org`;
    await invitePerson(viewerOf(secretariat), {
      email,
      name: "Nueva Mentora",
      kind: "MENTOR",
      municipalityId: municipality.id,
      locale: "es",
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ locale: "es" });
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: email } });
    expect(mail.subject).toBe("Invitación a Mentoria XMESS");
    const { text } = await asSent(mail, "es");
    expect(text).toContain("La secretaría de la XMESS le invita a participar en el programa de mentoría.");
    expect(text).toContain("/es/entrar/confirmar");
  });

  it("refuses a foreign municipality id by the field", async () => {
    const person = await createPerson();
    await expect(
      updatePerson(viewerOf(secretariat), person.id, {
        name: "Nom",
        isMentor: false,
        role: "TECHNICIAN",
        municipalityId: "no-existeix",
      }),
    ).rejects.toMatchObject({
      fieldErrors: { municipalityId: ["Trieu un municipi de la llista de municipis membres."] },
    });
  });

  it("deactivating a person ends their sessions at once", async () => {
    const person = await createPerson();
    await prisma.session.create({
      data: { sessionToken: unique("s"), userId: person.id, expires: addDays(new Date(), 1) },
    });
    await setPersonActive(viewerOf(secretariat), person.id, false);
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    await expect(setPersonActive(viewerOf(secretariat), secretariat.id, false)).rejects.toThrow(
      "No podeu desactivar el vostre propi compte.",
    );
  });

  it("self-registration sends a link to a new address and a plain sign-in link to a known one", async () => {
    const fresh = `${unique("registre")}@example.org`;
    await requestRegistration({ email: fresh, intent: "mentor", locale: "ca", clientKey: unique("c") });
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { toEmail: fresh } });
    expect(mail.subject).toBe("Enllaç per entrar a Mentoria XMESS");
    const { text } = await asSent(mail);
    expect(text).toContain("Gràcies per voler participar");
    expect(text).toContain(encodeURIComponent("/ca/perfil?vull=mentor"));
    expect(await prisma.user.count({ where: { email: fresh } })).toBe(0);
  });

  it("a registration from an address outside the municipality's domains waits for approval, and both sides are told", async () => {
    const municipality = await createMunicipality({ emailDomains: ["ajvila.cat"] });
    const person = await createPerson({ municipalityId: null as unknown as string, privacyAcceptedAt: null });
    await prisma.user.update({ where: { id: person.id }, data: { municipalityId: null } });
    const result = await saveOwnProfile(viewerOf(person), {
      name: "Persona Nova",
      position: "Tècnica de promoció",
      municipalityId: municipality.id,
      privacyAccepted: true,
      wantsToMentor: true,
    });
    expect(result.approvalStatus).toBe("PENDING");
    expect(await prisma.emailMessage.count({ where: { toUserId: person.id, template: "registration-pending" } })).toBe(
      1,
    );
    expect(
      await prisma.emailMessage.count({ where: { toUserId: secretariat.id, template: "approval-request" } }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("a registration from the municipality's own domain is approved at once", async () => {
    const municipality = await createMunicipality({ emailDomains: ["example.org"] });
    const person = await createPerson({ privacyAcceptedAt: null });
    const result = await saveOwnProfile(viewerOf(person), {
      name: "Persona Nova",
      position: "Tècnica",
      municipalityId: municipality.id,
      privacyAccepted: true,
    });
    expect(result.approvalStatus).toBe("APPROVED");
  });

  it("refuses a profile without the privacy notice accepted", async () => {
    const person = await createPerson({ privacyAcceptedAt: null });
    expect(
      await saveOwnProfile(viewerOf(person), {
        name: "Persona",
        position: "Tècnica",
        municipalityId: person.municipalityId!,
        privacyAccepted: false as unknown as true,
      }).catch(catalanIssues),
    ).toMatchObject({
      issues: [expect.objectContaining({ message: "Cal que accepteu l'avís de privacitat per participar-hi." })],
    });
  });
});

describe("municipality import", () => {
  it("previews each row with its errors and imports only the valid ones", async () => {
    const existing = await createMunicipality();
    const fresh = unique("Poble");
    const csv = `\uFEFFnom;comarca;població;dominis\r\n${fresh};Anoia;"1.234";ajpoble.cat\r\n${existing.name};Bages;;\r\n;Osona;100;\r\n${fresh};Anoia;;\r\nDolent;Garraf;molts;no_és_domini\r\n`;
    const preview = await previewMunicipalityImport(viewerOf(secretariat), csv);
    expect(preview.map((r) => r.action)).toEqual(["create", "update", "error", "error", "error"]);
    expect(preview[0]).toMatchObject({ population: 1234, emailDomains: ["ajpoble.cat"] });
    expect(preview[2].errors.map(inCatalan)).toContain("Indiqueu el nom del municipi.");
    expect(preview[3].errors.map(inCatalan)).toContain("Aquest municipi ja surt en una fila anterior del fitxer.");
    expect(preview[4].errors.map(inCatalan).join(" ")).toMatch(/població ha de ser un nombre|domini no és vàlid/);

    const result = await importMunicipalities(viewerOf(secretariat), csv);
    expect(result).toEqual({ created: 1, updated: 1, skipped: 3 });
    expect(await prisma.municipality.findUniqueOrThrow({ where: { name: fresh } })).toMatchObject({
      comarca: "Anoia",
      population: 1234,
    });
    expect(await prisma.municipality.count({ where: { name: "Dolent" } })).toBe(0);
  });

  it("explains a file without the required columns", async () => {
    await expect(previewMunicipalityImport(viewerOf(secretariat), "a;b\n1;2\n")).rejects.toMatchObject({
      fieldErrors: { file: [expect.stringContaining("«nom» i «comarca»")] },
    });
  });
});
