import { prisma } from "@/lib/db/client";
import { addDays, isoDay, madridDay } from "@/lib/dates";
import { cancelMeeting, updateMeeting } from "@/lib/mentorships/meeting-changes";
import { confirmMeeting, logMeeting } from "@/lib/mentorships/meetings";
import { viewerOf } from "../support/actors";
import { createPerson } from "../support/factories";
import { mentorshipScenario } from "../support/mentorship-fixtures";

type Scenario = Awaited<ReturnType<typeof mentorshipScenario>>;

const values = (daysFromNow: number, time = "10:00") => ({
  date: isoDay(addDays(madridDay(), daysFromNow)),
  time,
  durationMin: "60",
  mode: "ONLINE" as const,
  place: "",
  summary: "",
});

async function attachmentOf(toUserId: string, template: string) {
  const mail = await prisma.emailMessage.findFirstOrThrow({
    where: { toUserId, template },
    orderBy: { createdAt: "desc" },
  });
  const [attachment] = mail.attachments as { contentType: string; content: string }[];
  return { contentType: attachment.contentType, ics: Buffer.from(attachment.content, "base64").toString("utf8") };
}

async function plan(s: Scenario, daysFromNow = 10) {
  return logMeeting(viewerOf(s.mentee), { mentorshipId: s.mentorship.id, ...values(daysFromNow) });
}

describe("a planned meeting changes", () => {
  it("either party moves it: the other gets the same event with a higher SEQUENCE, and the timeline says so", async () => {
    const s = await mentorshipScenario();
    const { id } = await plan(s);
    const planned = await attachmentOf(s.mentor.id, "meeting-planned");
    expect(planned.ics).toContain(`UID:meeting-${id}@localhost:3000`);
    expect(planned.ics).toContain("SEQUENCE:0");

    await updateMeeting(viewerOf(s.mentor), { meetingId: id, ...values(12, "16:30") });
    const changed = await attachmentOf(s.mentee.id, "meeting-changed");
    expect(changed.contentType).toContain("method=PUBLISH");
    expect(changed.ics).toContain(`UID:meeting-${id}@localhost:3000`);
    expect(changed.ics).toContain("SEQUENCE:1");
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(isoDay(madridDay(meeting.startsAt))).toBe(values(12).date);
    expect(meeting).toMatchObject({ status: "PLANNED", sequence: 1 });
    expect(
      await prisma.auditEvent.count({ where: { entityId: s.mentorship.id, action: "mentorship.meeting_changed" } }),
    ).toBe(1);
  });

  it("is cancelled with a reason: the other party gets METHOD:CANCEL for the same UID; it no longer counts or changes", async () => {
    const s = await mentorshipScenario();
    const { id } = await plan(s);
    await expect(cancelMeeting(viewerOf(s.mentor), { meetingId: id, reason: "no" })).rejects.toMatchObject({
      name: "ZodError",
    });
    await cancelMeeting(viewerOf(s.mentor), { meetingId: id, reason: "Coincideix amb el ple." });
    const cancelled = await attachmentOf(s.mentee.id, "meeting-cancelled");
    expect(cancelled.contentType).toContain("method=CANCEL");
    expect(cancelled.ics).toContain("METHOD:CANCEL");
    expect(cancelled.ics).toContain("STATUS:CANCELLED");
    expect(cancelled.ics).toContain(`UID:meeting-${id}@localhost:3000`);
    expect(cancelled.ics).toContain("SEQUENCE:1");
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Coincideix amb el ple.",
    });
    await expect(cancelMeeting(viewerOf(s.mentee), { meetingId: id, reason: "Un altre cop" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(updateMeeting(viewerOf(s.mentee), { meetingId: id, ...values(14) })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("is not the business of anyone outside the pair", async () => {
    const s = await mentorshipScenario();
    const { id } = await plan(s);
    const stranger = await createPerson();
    await expect(updateMeeting(viewerOf(stranger), { meetingId: id, ...values(12) })).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(cancelMeeting(viewerOf(stranger), { meetingId: id, reason: "Perquè sí." })).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(updateMeeting(null, { meetingId: id, ...values(12) })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("a held meeting", () => {
  it("can be corrected by whoever logged it until the other party confirms it, and never cancelled", async () => {
    const s = await mentorshipScenario();
    const { id } = await plan(s, -3);
    await expect(updateMeeting(viewerOf(s.mentor), { meetingId: id, ...values(-2) })).rejects.toMatchObject({
      code: "conflict",
    });
    await updateMeeting(viewerOf(s.mentee), { meetingId: id, ...values(-2), summary: "Corregida" });
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "HELD",
      summary: "Corregida",
    });
    await expect(cancelMeeting(viewerOf(s.mentee), { meetingId: id, reason: "Ja feta, però" })).rejects.toMatchObject({
      code: "conflict",
    });
    await confirmMeeting(viewerOf(s.mentor), id);
    await expect(updateMeeting(viewerOf(s.mentee), { meetingId: id, ...values(-1) })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("moved into the future becomes planned again, within the mentorship's period", async () => {
    const s = await mentorshipScenario();
    const { id } = await plan(s, -3);
    await expect(updateMeeting(viewerOf(s.mentee), { meetingId: id, ...values(900) })).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { date: [expect.stringMatching(/abans de la finalització/)] },
    });
    await updateMeeting(viewerOf(s.mentee), { meetingId: id, ...values(5) });
    expect(await prisma.meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PLANNED" });
  });
});
