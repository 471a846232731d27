import { prisma } from "@/lib/db/client";
import { catalanIssues, inCatalan } from "../support/translator";
import { addDays, addMonths, isoDay, madridDay } from "@/lib/dates";
import { changeEditionPhase } from "@/lib/editions/phase-change";
import { confirmAgreement, draftAgreement, recordFirstContact } from "@/lib/mentorships/agreement";
import { advanceDueClosures, cancelMentorship, confirmCompletion, submitEvaluation } from "@/lib/mentorships/closure";
import { replyToCommunication, sendCommunication } from "@/lib/mentorships/communications";
import { answerExtension, proposeExtension } from "@/lib/mentorships/extensions";
import { confirmMeeting, logMeeting, meetingCalendar } from "@/lib/mentorships/meetings";
import { getPublicFitxa, listPublicFitxes } from "@/lib/mentorships/public-fitxes";
import { publishRecordSheet, requestRecordSheetChanges, saveRecordSheet } from "@/lib/mentorships/record-sheet";
import { getMentorshipView } from "@/lib/mentorships/view";
import { asSent } from "../support/emails";
import { viewerOf } from "../support/actors";
import { createEdition, unique } from "../support/factories";
import { mentorshipScenario } from "../support/mentorship-fixtures";

const text = (s: string) => `${s} ${"amb prou detall per a la prova. ".repeat(2)}`;

async function agreed(s: Awaited<ReturnType<typeof mentorshipScenario>>, endOn = isoDay(addMonths(madridDay(), 6))) {
  const { version } = await draftAgreement(viewerOf(s.mentee), {
    mentorshipId: s.mentorship.id,
    objectives: text("Objectius"),
    activities: text("Activitats"),
    plannedMeetings: text("Trobades"),
    endOn,
  });
  await confirmAgreement(viewerOf(s.mentor), { mentorshipId: s.mentorship.id, version });
}

describe("agreement and end date", () => {
  it("is drafted by one party and confirmed by the other; confirmation makes the mentorship ACTIVE and tells the secretariat the end date", async () => {
    const s = await mentorshipScenario();
    const end = isoDay(addMonths(madridDay(), 6));
    const { version } = await draftAgreement(viewerOf(s.mentee), {
      mentorshipId: s.mentorship.id,
      objectives: text("O"),
      activities: text("A"),
      plannedMeetings: text("T"),
      endOn: end,
    });
    expect(
      await prisma.emailMessage.count({ where: { toUserId: s.mentor.id, template: "agreement-to-confirm" } }),
    ).toBe(1);
    await expect(confirmAgreement(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, version })).rejects.toThrow(
      "L'acord l'ha de confirmar l'altra part.",
    );
    await confirmAgreement(viewerOf(s.mentor), { mentorshipId: s.mentorship.id, version });
    const m = await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } });
    expect(m).toMatchObject({ status: "ACTIVE" });
    expect(isoDay(m.endOn!)).toBe(end);
    const told = await prisma.emailMessage.findFirstOrThrow({
      where: { toUserId: s.secretariat.id, template: "agreement-confirmed" },
    });
    expect((await asSent(told)).text).toContain("Data de finalització pactada");
  });

  it("a change after confirmation needs confirming again, and a stale version cannot be confirmed", async () => {
    const s = await mentorshipScenario();
    await agreed(s);
    const { version } = await draftAgreement(viewerOf(s.mentor), {
      mentorshipId: s.mentorship.id,
      objectives: text("Nous objectius"),
      activities: text("A"),
      plannedMeetings: text("T"),
      endOn: isoDay(addMonths(madridDay(), 8)),
    });
    expect((await prisma.agreement.findUniqueOrThrow({ where: { mentorshipId: s.mentorship.id } })).status).toBe(
      "DRAFT",
    );
    await expect(
      confirmAgreement(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, version: version - 1 }),
    ).rejects.toThrow(/ha canviat/);
    await confirmAgreement(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, version });
    expect((await prisma.agreement.findUniqueOrThrow({ where: { mentorshipId: s.mentorship.id } })).status).toBe(
      "CONFIRMED",
    );
  });

  it("no end date beyond the maximum duration can be saved without an extension both parties agreed", async () => {
    const s = await mentorshipScenario();
    await agreed(s);
    const beyond = isoDay(addDays(addMonths(madridDay(), 12), 10));
    const draft = () =>
      draftAgreement(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        objectives: text("O"),
        activities: text("A"),
        plannedMeetings: text("T"),
        endOn: beyond,
      });
    await expect(draft()).rejects.toMatchObject({
      fieldErrors: { endOn: [expect.stringMatching(/no pot passar del .*durada màxima de 12 mesos/)] },
    });

    const { id } = await proposeExtension(viewerOf(s.mentor), {
      mentorshipId: s.mentorship.id,
      newEndOn: beyond,
      reason: "Volem acabar la redacció del pla.",
    });
    // a proposal alone changes nothing
    await expect(draft()).rejects.toMatchObject({ fieldErrors: { endOn: [expect.stringMatching(/no pot passar/)] } });
    await expect(answerExtension(viewerOf(s.mentor), { extensionId: id, accept: true })).rejects.toThrow(
      "L'ampliació l'ha d'acceptar l'altra part.",
    );
    await answerExtension(viewerOf(s.mentee), { extensionId: id, accept: true });
    expect(isoDay((await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).endOn!)).toBe(beyond);
    expect(
      await prisma.emailMessage.count({ where: { toUserId: s.secretariat.id, template: "extension-accepted" } }),
    ).toBe(1);
    await expect(draft()).resolves.toBeDefined();
  });

  it("an extension must go beyond the limit; a declined one changes nothing", async () => {
    const s = await mentorshipScenario();
    await agreed(s);
    await expect(
      proposeExtension(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        newEndOn: isoDay(addMonths(madridDay(), 9)),
        reason: "Per tenir més temps.",
      }),
    ).rejects.toMatchObject({
      fieldErrors: { newEndOn: [expect.stringContaining("Una ampliació ha d'anar més enllà")] },
    });
    const before = (await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).endOn;
    const { id } = await proposeExtension(viewerOf(s.mentee), {
      mentorshipId: s.mentorship.id,
      newEndOn: isoDay(addMonths(madridDay(), 14)),
      reason: "Per tenir més temps.",
    });
    await answerExtension(viewerOf(s.mentor), { extensionId: id, accept: false });
    expect((await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).endOn).toEqual(before);
  });

  it("the first contact is recorded by the mentee, never in the future", async () => {
    const s = await mentorshipScenario();
    await expect(
      recordFirstContact(viewerOf(s.mentor), { mentorshipId: s.mentorship.id, date: isoDay(madridDay()) }),
    ).rejects.toThrow(/persona sol·licitant/);
    await expect(
      recordFirstContact(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, date: isoDay(addDays(madridDay(), 3)) }),
    ).rejects.toMatchObject({
      fieldErrors: { date: ["La data no pot ser futura."] },
    });
    await recordFirstContact(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, date: isoDay(madridDay()) });
    expect((await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).firstContactOn).toEqual(
      madridDay(),
    );
  });
});

describe("meetings and compliance", () => {
  it("counts held, confirmed, in-person meetings against the edition's rule", async () => {
    const s = await mentorshipScenario();
    const past = isoDay(addDays(madridDay(), -3));
    const log = (mode: "IN_PERSON" | "ONLINE", by = s.mentee) =>
      logMeeting(viewerOf(by), {
        mentorshipId: s.mentorship.id,
        date: past,
        time: "10:00",
        durationMin: "60",
        mode,
        place: mode === "IN_PERSON" ? "Ajuntament" : "",
        summary: "Primera trobada.",
      });
    const a = await log("IN_PERSON");
    const b = await log("ONLINE");
    const c = await log("IN_PERSON", s.mentor);
    await expect(
      log("IN_PERSON").then(() =>
        logMeeting(viewerOf(s.mentee), {
          mentorshipId: s.mentorship.id,
          date: past,
          time: "10:00",
          durationMin: "60",
          mode: "IN_PERSON",
          place: "",
          summary: "",
        }),
      ),
    ).rejects.toMatchObject({
      fieldErrors: { place: ["Indiqueu el lloc de la trobada presencial."] },
    });
    let view = await getMentorshipView(viewerOf(s.secretariat), s.mentorship.id);
    expect(view.compliance).toMatchObject({ required: 2, counted: 0, awaitingConfirmation: 3, met: false });
    await expect(confirmMeeting(viewerOf(s.mentee), a.id)).rejects.toThrow(
      "La trobada l'ha de confirmar l'altra part.",
    );
    await confirmMeeting(viewerOf(s.mentor), a.id);
    await confirmMeeting(viewerOf(s.mentor), b.id);
    await confirmMeeting(viewerOf(s.mentee), c.id);
    view = await getMentorshipView(viewerOf(s.mentee), s.mentorship.id);
    expect(view.compliance).toMatchObject({ counted: 2, met: true });
    await prisma.edition.update({
      where: { id: s.edition.id },
      data: { requiredMeetings: 3, meetingsMustBeInPerson: false },
    });
    view = await getMentorshipView(viewerOf(s.mentee), s.mentorship.id);
    expect(view.compliance).toMatchObject({ counted: 3, met: true });
  });

  it("a planned meeting goes to the other party as a calendar event, and cannot be confirmed before it happens", async () => {
    const s = await mentorshipScenario();
    const future = isoDay(addDays(madridDay(), 10));
    const meeting = await logMeeting(viewerOf(s.mentor), {
      mentorshipId: s.mentorship.id,
      date: future,
      time: "09:30",
      durationMin: "90",
      mode: "IN_PERSON",
      place: "Ajuntament de Sabadell, sala 2",
      summary: "",
    });
    expect(meeting.status).toBe("PLANNED");
    const mail = await prisma.emailMessage.findFirstOrThrow({
      where: { toUserId: s.mentee.id, template: "meeting-planned" },
    });
    const [attachment] = mail.attachments as { filename: string; content: string }[];
    const ics = Buffer.from(attachment.content, "base64").toString("utf8");
    expect(attachment.filename).toBe("trobada-mentoria.ics");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain(`DTSTART:${future.replace(/-/g, "")}T`);
    expect(ics).toContain("LOCATION:Ajuntament de Sabadell\\, sala 2");
    expect(ics).toContain("SUMMARY:Trobada de mentoria XMESS:");
    expect((await meetingCalendar(viewerOf(s.mentee), meeting.id)).ics).toContain(
      `UID:meeting-${meeting.id}@localhost:3000`,
    );
    // In Spanish for a page (or a recipient) in Spanish.
    const spanish = await meetingCalendar(viewerOf(s.mentee), meeting.id, "es");
    expect(spanish.filename).toBe("reunion-mentoria.ics");
    expect(spanish.ics).toContain("SUMMARY:Reunión de mentoría XMESS:");
    expect(spanish.ics).toContain("DESCRIPTION:Presencial.");
    await expect(confirmMeeting(viewerOf(s.mentee), meeting.id)).rejects.toThrow(/quan s'ha fet/);
  });
});

describe("communications", () => {
  it("reach the secretariat, who replies by email; the sender sees the history", async () => {
    const s = await mentorshipScenario();
    const { id } = await sendCommunication(viewerOf(s.mentee), {
      mentorshipId: s.mentorship.id,
      kind: "END_DATE_CHANGE",
      subject: "Data de finalització",
      body: "Hem pactat acabar el 30 de juny.",
    });
    expect(
      await prisma.emailMessage.count({ where: { toUserId: s.secretariat.id, template: "communication-received" } }),
    ).toBe(1);
    await replyToCommunication(viewerOf(s.secretariat), { communicationId: id, body: "Gràcies, ho anotem." });
    expect((await prisma.communication.findUniqueOrThrow({ where: { id } })).status).toBe("ANSWERED");
    const reply = await prisma.emailMessage.findFirstOrThrow({
      where: { toUserId: s.mentee.id, template: "communication-answered" },
    });
    expect((await asSent(reply)).text).toContain("Gràcies, ho anotem.");
    const view = await getMentorshipView(viewerOf(s.mentee), s.mentorship.id);
    expect(view.communications[0].messages.map((m) => m.body)).toEqual([
      "Hem pactat acabar el 30 de juny.",
      "Gràcies, ho anotem.",
    ]);
    const mentorView = await getMentorshipView(viewerOf(s.mentor), s.mentorship.id);
    expect(mentorView.communications).toEqual([]);
    await expect(replyToCommunication(viewerOf(s.mentor), { communicationId: id, body: "Hola" })).rejects.toMatchObject(
      { code: "not-found", ref: { key: "notFound" } },
    );
  });
});

describe("status transitions", () => {
  it("closure when both confirm, evaluations and a published fitxa complete the mentorship", async () => {
    const s = await mentorshipScenario();
    await agreed(s);
    await expect(
      submitEvaluation(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        usefulness: 5,
        relationship: 5,
        goalsAchieved: 4,
        organisation: 4,
        wouldRecommend: true,
      }),
    ).rejects.toThrow(/en tancament/);
    expect(
      await confirmCompletion(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        reason: "Hem assolit els objectius abans del previst.",
      }),
    ).toEqual({ closing: false });
    expect(
      await confirmCompletion(viewerOf(s.mentor), {
        mentorshipId: s.mentorship.id,
        reason: "Hem assolit els objectius abans del previst.",
      }),
    ).toEqual({ closing: true });
    expect((await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).status).toBe("CLOSING");
    expect(
      await prisma.emailMessage.count({ where: { toUserId: s.mentee.id, template: "closure-evaluation-fitxa" } }),
    ).toBe(1);
    expect(await prisma.emailMessage.count({ where: { toUserId: s.mentor.id, template: "closure-evaluation" } })).toBe(
      1,
    );

    const evaluation = {
      mentorshipId: s.mentorship.id,
      usefulness: "5",
      relationship: "4",
      goalsAchieved: "4",
      organisation: "5",
      comments: "Molt útil.",
      wouldRecommend: "true" as const,
    };
    await submitEvaluation(viewerOf(s.mentee), evaluation);
    await expect(submitEvaluation(viewerOf(s.mentee), evaluation)).rejects.toThrow(
      "Ja heu enviat la vostra valoració.",
    );
    await submitEvaluation(viewerOf(s.mentor), { ...evaluation, usefulness: "0" }).catch((e) =>
      expect(inCatalan(e.issues[0].message)).toBe("Valoreu-ho de l'1 al 5."),
    );
    await submitEvaluation(viewerOf(s.mentor), evaluation);

    const topic = await prisma.topic.create({ data: { name: unique("Tema"), slug: unique("tema") } });
    const sheet = {
      title: "Una primera cooperativa",
      context: text("Context"),
      objectives: text("Objectius"),
      activities: text("Activitats"),
      results: text("Resultats"),
      lessons: text("Aprenentatges"),
      resources: "https://example.org/guia",
      topicIds: [topic.id],
    };
    await expect(
      saveRecordSheet(viewerOf(s.mentor), { mentorshipId: s.mentorship.id, submit: true, values: sheet }),
    ).rejects.toThrow(/persona que ha rebut la mentoria/);
    expect(
      await saveRecordSheet(viewerOf(s.mentee), {
        mentorshipId: s.mentorship.id,
        submit: true,
        values: { ...sheet, results: "" },
      }).catch(catalanIssues),
    ).toMatchObject({
      name: "ZodError",
      issues: [expect.objectContaining({ path: ["results"], message: expect.stringMatching(/resultats/) })],
    });
    const saved = await saveRecordSheet(viewerOf(s.mentee), {
      mentorshipId: s.mentorship.id,
      submit: true,
      values: sheet,
    });
    await requestRecordSheetChanges(viewerOf(s.secretariat), {
      sheetId: saved.id,
      note: "Afegiu-hi els resultats en xifres.",
    });
    expect(
      await prisma.emailMessage.count({ where: { toUserId: s.mentee.id, template: "fitxa-changes-requested" } }),
    ).toBe(1);
    await expect(publishRecordSheet(viewerOf(s.secretariat), saved.id)).rejects.toThrow(
      /Només es pot publicar una fitxa enviada/,
    );
    await saveRecordSheet(viewerOf(s.mentee), {
      mentorshipId: s.mentorship.id,
      submit: true,
      values: { ...sheet, results: text("Resultats: 3 cooperatives") },
    });
    await publishRecordSheet(viewerOf(s.secretariat), saved.id);
    expect((await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).status).toBe("COMPLETED");

    const fitxa = await getPublicFitxa(saved.id);
    expect(fitxa).toMatchObject({ title: "Una primera cooperativa", topics: [{ name: topic.name }] });
    expect(JSON.stringify(fitxa)).not.toContain(s.mentee.email);
    expect(JSON.stringify(fitxa)).not.toContain(s.mentee.name!);
    expect((await listPublicFitxes({ topic: topic.slug })).rows.map((f) => f.id)).toEqual([saved.id]);
  });

  it("an active mentorship past its end date moves to closing when read", async () => {
    const s = await mentorshipScenario({ startedOn: addMonths(madridDay(), -7) });
    await agreed(s, isoDay(addMonths(madridDay(), 1)));
    await prisma.mentorship.update({ where: { id: s.mentorship.id }, data: { endOn: addDays(madridDay(), -1) } });
    await getMentorshipView(viewerOf(s.mentor), s.mentorship.id);
    expect((await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).status).toBe("CLOSING");
    expect(await prisma.recordSheet.count({ where: { mentorshipId: s.mentorship.id } })).toBe(1);
    expect(await prisma.$transaction((tx) => advanceDueClosures(tx, { id: s.mentorship.id }))).toBe(0);
  });

  it("an early end by a party or the secretariat emails everyone concerned and stops further changes", async () => {
    const s = await mentorshipScenario();
    await cancelMentorship(viewerOf(s.secretariat), {
      mentorshipId: s.mentorship.id,
      reason: "La persona sol·licitant ha canviat de feina.",
    });
    expect((await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).status).toBe("CANCELLED");
    for (const id of [s.mentor.id, s.mentee.id, s.secretariat.id]) {
      expect(await prisma.emailMessage.count({ where: { toUserId: id, template: "mentorship-cancelled" } })).toBe(1);
    }
    await expect(
      recordFirstContact(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, date: isoDay(madridDay()) }),
    ).rejects.toThrow("Aquest acompanyament ja no està en curs.");
  });

  it("entering MENTORING sends the start email to both parties of each pair, once", async () => {
    const edition = await createEdition({ phase: "MATCHING" });
    const s = await mentorshipScenario();
    await prisma.mentorship.update({ where: { id: s.mentorship.id }, data: { editionId: edition.id } });
    await changeEditionPhase(viewerOf(s.secretariat), { editionId: edition.id, from: "MATCHING", to: "MENTORING" });
    for (const who of [s.mentor, s.mentee]) {
      const mails = await prisma.emailMessage.findMany({ where: { toUserId: who.id, template: "mentoring-start" } });
      expect(mails).toHaveLength(1);
      expect((await asSent(mails[0])).text).toContain(who.id === s.mentor.id ? s.mentee.email : s.mentor.email);
    }
    expect(
      (await prisma.mentorship.findUniqueOrThrow({ where: { id: s.mentorship.id } })).startEmailSentAt,
    ).not.toBeNull();
  });
});
