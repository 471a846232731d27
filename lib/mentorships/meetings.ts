import "server-only";
import { emailT, type EmailLocale } from "@/emails/components/i18n";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma, type Tx } from "@/lib/db/client";
import { madridDay, madridInstant } from "@/lib/dates";
import { sendMeetingLogged } from "@/lib/email/senders/mentorship";
import type { Attachment } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { assertOpen, mentorshipAccess, partyAccess, type Access } from "./access";
import { recordMentorshipEvent } from "./audit";
import { meetingIcs } from "./ics";
import { acceptedOn, assertNotBeforeAcceptance, effectivePeriod } from "./period";
import { meetingSchema, type MeetingInput } from "./schema";

type Values = { date: string; time: string; mode: "IN_PERSON" | "ONLINE" | "PHONE"; place: string };

/**
 * When and where a meeting can be, within the pairing: an in-person one has a place; a held one
 * (in the past) is not before the day the proposal was accepted; a planned one is not after the
 * mentorship's end. Returns the meeting's start and whether it is planned.
 */
export function meetingTime(mentorship: Access["mentorship"], values: Values, now: Date) {
  if (values.mode === "IN_PERSON" && !values.place) {
    throw invalid({ key: "invalidInput" }, { place: [{ key: "meetings.indiqueuLlocTrobadaPresencial" }] });
  }
  const startsAt = madridInstant(values.date, values.time);
  const planned = startsAt > now;
  const period = effectivePeriod(
    mentorship,
    mentorship.edition,
    mentorship.extensions.filter((e) => e.status === "ACCEPTED"),
  );
  if (planned && madridDay(startsAt) > period.end) {
    throw invalid(
      { key: "invalidInput" },
      {
        date: [{ key: "meetings.plannedAfterEnd", values: { date: period.end } }],
      },
    );
  }
  if (!planned) assertNotBeforeAcceptance(mentorship, madridDay(startsAt), "date");
  return { startsAt, planned };
}

/**
 * Either party logs a meeting: one in the future is planned (the other party gets it as a
 * calendar event), one in the past is held and waits for the other party's confirmation.
 */
export async function logMeeting(actor: Viewer | null, input: MeetingInput, now = new Date()) {
  const values = meetingSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { role, mentorship } = await partyAccess(tx, actor, values.mentorshipId);
    assertOpen(mentorship);
    const { startsAt, planned } = meetingTime(mentorship, values, now);
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
    const other = await otherParty(tx, mentorship, role);
    await sendMeetingLogged(tx, other, {
      mentorshipId: mentorship.id,
      by: actor!.name ?? actor!.email,
      startsAt,
      mode: values.mode,
      place: values.place || null,
      planned,
      ics: planned ? await icsAttachment(tx, meeting.id, other.locale) : undefined,
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
    if (meeting.loggedById === actor!.id) throw forbidden({ key: "meetings.trobadaConfirmarAltraPart" });
    if (meeting.status === "CANCELLED") throw conflict({ key: "meetings.trobadaAnullat" });
    if (meeting.startsAt > now) throw conflict({ key: "meetings.trobadaPrevistaPotConfirmar" });
    if (madridDay(meeting.startsAt) < acceptedOn(mentorship)) {
      throw conflict({ key: "meetings.beforeAcceptance", values: { date: acceptedOn(mentorship) } });
    }
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, confirmedAt: null, status: { not: "CANCELLED" } },
      data: { status: "HELD", confirmedById: actor!.id, confirmedAt: now },
    });
    if (!count) throw conflict({ key: "meetings.trobadaEstaConfirmada" });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, "meeting_confirmed", { meetingId });
    return { id: meetingId };
  });
}

/** The .ics of a meeting, for the parties and the secretariat only, in the page's language. */
export async function meetingCalendar(actor: Viewer | null, meetingId: string, locale: EmailLocale = "ca") {
  const meeting = await prisma.meeting.findUnique({ where: { id: meetingId }, select: { mentorshipId: true } });
  if (!meeting) throw notFound();
  await mentorshipAccess(prisma, actor, meeting.mentorshipId);
  return icsOf(prisma, meetingId, locale);
}

export function otherParty(tx: Tx, mentorship: { mentorId: string; menteeId: string }, role: "MENTOR" | "MENTEE") {
  return tx.user.findUniqueOrThrow({
    where: { id: role === "MENTOR" ? mentorship.menteeId : mentorship.mentorId },
    select: { id: true, email: true, name: true, locale: true },
  });
}

/**
 * The meeting's calendar event as an email attachment, in its recipient's language: an update of
 * the same event, or its cancellation.
 */
export async function icsAttachment(tx: Tx, meetingId: string, locale: EmailLocale): Promise<Attachment> {
  const { ics, cancelled, filename } = await icsOf(tx, meetingId, locale);
  return {
    filename,
    contentType: `text/calendar; charset=utf-8; method=${cancelled ? "CANCEL" : "PUBLISH"}`,
    content: Buffer.from(ics).toString("base64"),
  };
}

async function icsOf(tx: Tx, meetingId: string, locale: EmailLocale) {
  const t = emailT(locale);
  const m = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { mentorship: { select: { mentor: { select: { name: true } }, mentee: { select: { name: true } } } } },
  });
  const cancelled = m.status === "CANCELLED";
  const ics = meetingIcs(
    {
      id: m.id,
      startsAt: m.startsAt,
      durationMin: m.durationMin,
      summary: t("ics.summary", { mentee: m.mentorship.mentee.name ?? "", mentor: m.mentorship.mentor.name ?? "" }),
      place: m.place,
      description: `${t(`modes.${m.mode}`)}.${m.summary ? ` ${m.summary}` : ""}`,
      sequence: m.sequence,
      cancelled,
    },
    new URL(env().APP_URL).host,
  );
  return { ics, cancelled, filename: t("ics.filename") };
}
