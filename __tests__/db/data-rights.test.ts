import fs from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import { addDays, madridDay } from "@/lib/dates";
import { PERSONAL_DATA } from "@/lib/privacy/personal-data";
import { erasePerson } from "@/lib/privacy/erase";
import { exportMyData } from "@/lib/privacy/export";
import { purgeExpiredData } from "@/lib/privacy/retention";
import { createMunicipality, createPerson, createSecretariat, unique } from "../support/factories";
import { viewerOf } from "../support/actors";
import { mentorshipScenario } from "../support/mentorship-fixtures";

/** Every model's text and JSON columns, read from prisma/schema.prisma. */
function textColumns(): Record<string, string[]> {
  const schema = fs.readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
  const result: Record<string, string[]> = {};
  for (const match of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    result[match[1]] = match[2]
      .split("\n")
      .map((line) => line.trim().match(/^(\w+)\s+(String|Json)(\?|\[\])?(\s|$)/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => m[1]);
  }
  return result;
}

describe("the personal-data registry", () => {
  it("classifies every text and JSON column of every table (a new column must be added to lib/privacy/personal-data.ts)", () => {
    const columns = textColumns();
    expect(Object.keys(columns).sort()).toEqual(Object.keys(PERSONAL_DATA).sort());
    for (const [model, fields] of Object.entries(columns)) {
      expect({ model, missing: fields.filter((f) => !(f in PERSONAL_DATA[model])) }).toEqual({ model, missing: [] });
      expect({ model, unknown: Object.keys(PERSONAL_DATA[model]).filter((f) => !fields.includes(f)) }).toEqual({
        model,
        unknown: [],
      });
    }
  });
});

describe("erasure", () => {
  it("leaves no personal data of the person in any table, ends their sessions and keeps the history", async () => {
    const marker = unique("MARCADOR");
    const municipality = await createMunicipality();
    const person = await createPerson({
      name: `Persona ${marker}`,
      phone: "938 111 222",
      municipalityId: municipality.id,
      isMentor: true,
    });
    const other = await createPerson();
    const secretariat = await createSecretariat();

    // The person as mentee in one mentorship and as mentor in another, with text everywhere.
    const asMentee = await mentorshipScenario({ mentee: person, mentor: other, status: "ACTIVE" });
    const asMentor = await mentorshipScenario({ mentor: person, mentee: other, status: "AGREEING" });
    await prisma.application.update({
      where: { id: asMentee.mentorship.applicationId },
      data: { availability: `Dilluns ${marker}` },
    });
    await prisma.mentorOffer.create({
      data: {
        editionId: asMentor.edition.id,
        mentorId: person.id,
        capacity: 1,
        experience: `Experiència ${marker}`,
        notes: marker,
        travelArea: marker,
      },
    });
    await prisma.proposal.updateMany({ where: { mentorId: person.id }, data: { declineReason: marker } });
    await prisma.meeting.create({
      data: {
        mentorshipId: asMentee.mentorship.id,
        startsAt: new Date(),
        mode: "IN_PERSON",
        place: marker,
        summary: marker,
        loggedById: person.id,
      },
    });
    await prisma.extension.create({
      data: {
        mentorshipId: asMentee.mentorship.id,
        newEndOn: addDays(madridDay(), 400),
        reason: marker,
        proposedById: person.id,
      },
    });
    await prisma.communication.create({
      data: {
        mentorshipId: asMentee.mentorship.id,
        senderId: person.id,
        kind: "OTHER",
        subject: marker,
        messages: { create: { authorId: person.id, body: marker } },
      },
    });
    await prisma.evaluation.create({
      data: {
        mentorshipId: asMentee.mentorship.id,
        authorId: person.id,
        authorRole: "MENTEE",
        usefulness: 5,
        relationship: 5,
        goalsAchieved: 5,
        organisation: 5,
        comments: marker,
        wouldRecommend: true,
      },
    });
    await prisma.mentorship.update({
      where: { id: asMentor.mentorship.id },
      data: { status: "CANCELLED", cancelReason: marker, cancelledById: person.id },
    });
    await prisma.emailMessage.create({
      data: {
        template: "t",
        toEmail: person.email,
        toUserId: person.id,
        subject: `Hola ${person.name}`,
        html: marker,
        text: marker,
        payload: { n: marker },
        idempotencyKey: unique("k"),
      },
    });
    await prisma.emailMessage.create({
      data: {
        template: "t",
        toEmail: secretariat.email,
        toUserId: secretariat.id,
        subject: `Registre de ${person.name}`,
        html: `<p>${person.email}</p>`,
        text: person.email,
        idempotencyKey: unique("k"),
      },
    });
    await prisma.mailboxMessage.create({
      data: { emailId: unique("e"), to: person.email, subject: marker, html: marker, text: marker },
    });
    await prisma.session.create({
      data: { sessionToken: unique("s"), userId: person.id, expires: addDays(new Date(), 5) },
    });
    await prisma.verificationToken.create({
      data: { identifier: person.email, token: unique("t"), expires: addDays(new Date(), 1) },
    });
    await prisma.auditEvent.create({
      data: {
        actorId: person.id,
        action: "profile.updated",
        entityType: "User",
        entityId: person.id,
        data: { phone: person.phone },
      },
    });

    await erasePerson(viewerOf(secretariat), person.id);

    const needles = [marker, person.email, "938 111 222", person.name!];
    for (const [model, fields] of Object.entries(textColumns())) {
      for (const field of fields) {
        for (const needle of needles) {
          const rows = await prisma.$queryRawUnsafe<{ n: number }[]>(
            `SELECT COUNT(*)::int AS n FROM "${model}" WHERE "${field}"::text ILIKE $1`,
            `%${needle}%`,
          );
          expect({ model, field, needle, found: rows[0].n }).toEqual({ model, field, needle, found: 0 });
        }
      }
    }
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    const erased = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(erased).toMatchObject({ name: null, phone: null, municipalityId: null, erasedAt: expect.any(Date) });
    // the history stays, without identity
    expect(await prisma.mentorship.count({ where: { OR: [{ mentorId: person.id }, { menteeId: person.id }] } })).toBe(
      2,
    );
    expect(await prisma.evaluation.count({ where: { authorId: person.id } })).toBe(1);
    await expect(erasePerson(viewerOf(secretariat), person.id)).rejects.toThrow(/ja estan esborrades/);
  });

  it("is only for the secretariat", async () => {
    const person = await createPerson();
    const other = await createPerson();
    await expect(erasePerson(viewerOf(other), person.id)).rejects.toMatchObject({ name: "AppError" });
    await expect(erasePerson(null, person.id)).rejects.toMatchObject({ name: "AppError" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();
  });
});

describe("personal-data export", () => {
  it("contains the person's own data and nobody else's", async () => {
    const s = await mentorshipScenario();
    await prisma.application.update({
      where: { id: s.mentorship.applicationId },
      data: { availability: "Dimarts al matí" },
    });
    await prisma.communication.create({
      data: {
        senderId: s.mentor.id,
        kind: "OTHER",
        subject: "Només del mentor",
        messages: { create: { authorId: s.mentor.id, body: "Missatge del mentor" } },
      },
    });
    const data = await exportMyData(viewerOf(s.mentee));
    const text = JSON.stringify(data);
    expect(data.person.email).toBe(s.mentee.email);
    expect(data.applications).toHaveLength(1);
    expect(text).toContain("Dimarts al matí");
    expect(text).not.toContain(s.mentor.email);
    expect(text).not.toContain("Només del mentor");
    await expect(exportMyData(null)).rejects.toMatchObject({ name: "AppError" });
  });
});

describe("retention purge", () => {
  it("removes expired tokens and sessions, and the personal free text of old closed editions", async () => {
    const s = await mentorshipScenario();
    await prisma.edition.update({ where: { id: s.edition.id }, data: { phase: "CLOSED", year: 2001 } });
    await prisma.application.update({
      where: { id: s.mentorship.applicationId },
      data: { availability: "Dijous", goals: "Objectius del municipi" },
    });
    await prisma.evaluation.create({
      data: {
        mentorshipId: s.mentorship.id,
        authorId: s.mentee.id,
        authorRole: "MENTEE",
        usefulness: 4,
        relationship: 4,
        goalsAchieved: 4,
        organisation: 4,
        comments: "Comentari",
        wouldRecommend: true,
      },
    });
    const expiredSession = await prisma.session.create({
      data: { sessionToken: unique("s"), userId: s.mentee.id, expires: addDays(new Date(), -1) },
    });
    const liveSession = await prisma.session.create({
      data: { sessionToken: unique("s"), userId: s.mentee.id, expires: addDays(new Date(), 1) },
    });
    await prisma.verificationToken.create({
      data: { identifier: s.mentee.email, token: unique("t"), expires: addDays(new Date(), -1) },
    });
    const report = await purgeExpiredData({ years: 5 });
    expect(report.editions).toBeGreaterThanOrEqual(1);
    expect(await prisma.session.findUnique({ where: { id: expiredSession.id } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: liveSession.id } })).not.toBeNull();
    expect(await prisma.verificationToken.count({ where: { identifier: s.mentee.email } })).toBe(0);
    const app = await prisma.application.findUniqueOrThrow({ where: { id: s.mentorship.applicationId } });
    expect(app).toMatchObject({ availability: null, goals: "Objectius del municipi" });
    expect(
      (await prisma.evaluation.findFirstOrThrow({ where: { mentorshipId: s.mentorship.id } })).comments,
    ).toBeNull();
  });
});
