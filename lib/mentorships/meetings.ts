import type { Viewer } from "@/lib/auth/viewer";
import { prisma, type Tx } from "@/lib/db/client";
import { formatDay, madridDay, madridInstant } from "@/lib/dates";
import { sendMeetingLogged } from "@/lib/email/senders/mentorship";
import { AppError, notFound } from "@/lib/errors";
import { assertOpen, mentorshipAccess, partyAccess } from "./access";
import { recordMentorshipEvent } from "./audit";
import { acceptedOn, assertNotBeforeAcceptance, effectivePeriod } from "./period";
import { meetingIcs } from "./ics";
import { meetingSchema, type MeetingInput } from "./schema";

export const MEETING_MODE_LABELS = { IN_PERSON: "Presencial", ONLINE: "En línia", PHONE: "Per telèfon" } as const;

/**
 * Either party logs a meeting: one in the future is planned (the other party gets it as a
 * calendar event), one in the past is held and waits for the other party's confirmation. Both
 * belong to the pairing: a held meeting not before the day the proposal was accepted, a planned
 * one not after the mentorship's end.
 */
export async function logMeeting(actor: Viewer | null, input: MeetingInput, now = new Date()) {
  const values = meetingSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { role, mentorship } = await partyAccess(tx, actor, values.mentorshipId);
    assertOpen(mentorship);
    if (values.mode === "IN_PERSON" && !values.place) {
      throw new AppError("Reviseu els camps marcats.", { place: ["Indiqueu el lloc de la trobada presencial."] });
    }
    const startsAt = madridInstant(values.date, values.time);
    const planned = startsAt > now;
    const period = effectivePeriod(
      mentorship,
      mentorship.edition,
      mentorship.extensions.filter((e) => e.status === "ACCEPTED"),
    );
    if (planned && madridDay(startsAt) > period.end) {
      throw new AppError("Reviseu els camps marcats.", {
        date: [
          `Una trobada prevista ha de ser abans de la finalització de l'acompanyament: el ${formatDay(period.end)} o abans.`,
        ],
      });
    }
    if (!planned) assertNotBeforeAcceptance(mentorship, madridDay(startsAt), "date");
    const meeting = await tx.meeting.create({
      data: {
        mentorshipId: mentorship.id,
        startsAt,
        durationMin: values.durationMin,
        mode: values.mode,
        place: values.place || null,
        summary: values.summary || null,
        status: planned ? "PLANNED" : "HELD",
        loggedById: actor!.id,
      },
    });
    const otherId = role === "MENTOR" ? mentorship.menteeId : mentorship.mentorId;
    const other = await tx.user.findUniqueOrThrow({
      where: { id: otherId },
      select: { id: true, email: true, name: true, locale: true },
    });
    const ics = planned ? await icsFor(tx, meeting.id) : null;
    await sendMeetingLogged(tx, other, {
      mentorshipId: mentorship.id,
      by: actor!.name ?? actor!.email,
      startsAt,
      mode: MEETING_MODE_LABELS[values.mode],
      place: values.place || null,
      planned,
      ics: ics
        ? {
            filename: "trobada-mentoria.ics",
            contentType: "text/calendar; charset=utf-8; method=PUBLISH",
            content: Buffer.from(ics).toString("base64"),
          }
        : undefined,
    });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, planned ? "meeting_planned" : "meeting_logged", {
      meetingId: meeting.id,
      mode: values.mode,
    });
    return { id: meeting.id, status: meeting.status };
  });
}

/** The other party confirms a meeting once its time has come; confirmed meetings count for the rule. */
export async function confirmMeeting(actor: Viewer | null, meetingId: string, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
    if (!meeting) throw notFound();
    const { mentorship } = await partyAccess(tx, actor, meeting.mentorshipId);
    if (meeting.loggedById === actor!.id)
      throw new AppError("La trobada l'ha de confirmar l'altra part.", undefined, "forbidden");
    if (meeting.status === "CANCELLED") throw new AppError("Aquesta trobada s'ha anul·lat.", undefined, "conflict");
    if (meeting.startsAt > now)
      throw new AppError("Una trobada prevista es pot confirmar quan s'ha fet.", undefined, "conflict");
    if (madridDay(meeting.startsAt) < acceptedOn(mentorship)) {
      throw new AppError(
        `Aquesta trobada té una data anterior a l'acceptació de la proposta (${formatDay(acceptedOn(mentorship))}): no es pot confirmar.`,
        undefined,
        "conflict",
      );
    }
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, confirmedAt: null },
      data: { status: "HELD", confirmedById: actor!.id, confirmedAt: now },
    });
    if (!count) throw new AppError("Aquesta trobada ja està confirmada.", undefined, "conflict");
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, "meeting_confirmed", { meetingId });
    return { id: meetingId };
  });
}

/** The .ics of a meeting, for the parties and the secretariat only. */
export async function meetingCalendar(actor: Viewer | null, meetingId: string) {
  const meeting = await prisma.meeting.findUnique({ where: { id: meetingId }, select: { mentorshipId: true } });
  if (!meeting) throw notFound();
  await mentorshipAccess(prisma, actor, meeting.mentorshipId);
  return icsFor(prisma, meetingId);
}

async function icsFor(tx: Tx, meetingId: string) {
  const m = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { mentorship: { select: { mentor: { select: { name: true } }, mentee: { select: { name: true } } } } },
  });
  return meetingIcs({
    id: m.id,
    startsAt: m.startsAt,
    durationMin: m.durationMin,
    summary: `Trobada de mentoria XMESS: ${m.mentorship.mentee.name ?? ""} i ${m.mentorship.mentor.name ?? ""}`,
    place: m.place,
    description: `${MEETING_MODE_LABELS[m.mode]}.${m.summary ? ` ${m.summary}` : ""}`,
  });
}
