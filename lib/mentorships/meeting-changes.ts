import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { sendMeetingCancelled, sendMeetingChanged } from "@/lib/email/senders/mentorship";
import { conflict, notFound } from "@/lib/errors";
import { assertOpen, partyAccess } from "./access";
import { recordMentorshipEvent } from "./audit";
import { icsAttachment, meetingTime, otherParty } from "./meetings";
import { meetingCancelSchema, meetingChangeSchema, type MeetingChangeInput } from "./schema";

/**
 * A meeting changes: a planned one by either party (the other gets the updated calendar event,
 * same UID, higher SEQUENCE), a held one by whoever logged it until the other party confirms it.
 */
export async function updateMeeting(actor: Viewer | null, input: MeetingChangeInput, now = new Date()) {
  const values = meetingChangeSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: values.meetingId } });
    if (!meeting) throw notFound();
    const { role, mentorship } = await partyAccess(tx, actor, meeting.mentorshipId);
    assertOpen(mentorship);
    const wasPlanned = meeting.status === "PLANNED" && meeting.startsAt > now;
    if (meeting.status === "CANCELLED" || meeting.confirmedAt || (!wasPlanned && meeting.loggedById !== actor!.id)) {
      throw conflict({ key: "meetingChanges.trobadaPotCanviarNomes" });
    }
    const { startsAt, planned } = meetingTime(mentorship, values, now);
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, confirmedAt: null, status: meeting.status, sequence: meeting.sequence },
      data: {
        startsAt,
        durationMin: values.durationMin,
        mode: values.mode,
        place: values.place || null,
        summary: values.summary || null,
        status: planned ? "PLANNED" : "HELD",
        sequence: meeting.sequence + 1,
      },
    });
    if (!count) throw conflict({ key: "meetingChanges.trobadaCanviatMentrestantTorneu" });
    const other = await otherParty(tx, mentorship, role);
    await sendMeetingChanged(tx, other, {
      mentorshipId: mentorship.id,
      by: actor!.name ?? actor!.email,
      startsAt,
      mode: values.mode,
      place: values.place || null,
      planned,
      ics: planned || wasPlanned ? await icsAttachment(tx, meeting.id, other.locale) : undefined,
    });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, "meeting_changed", { meetingId: meeting.id });
    return { id: meeting.id };
  });
}

/** Either party cancels a planned meeting, with the reason; the other gets the calendar cancellation. */
export async function cancelMeeting(
  actor: Viewer | null,
  input: { meetingId: string; reason: string },
  now = new Date(),
) {
  const values = meetingCancelSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({ where: { id: values.meetingId } });
    if (!meeting) throw notFound();
    const { role, mentorship } = await partyAccess(tx, actor, meeting.mentorshipId);
    const { count } = await tx.meeting.updateMany({
      where: { id: meeting.id, status: "PLANNED", startsAt: { gt: now } },
      data: { status: "CANCELLED", cancelledAt: now, cancelReason: values.reason, sequence: meeting.sequence + 1 },
    });
    if (!count) throw conflict({ key: "meetingChanges.nomesPotAnullarTrobada" });
    const other = await otherParty(tx, mentorship, role);
    await sendMeetingCancelled(tx, other, {
      mentorshipId: mentorship.id,
      by: actor!.name ?? actor!.email,
      startsAt: meeting.startsAt,
      reason: values.reason,
      ics: await icsAttachment(tx, meeting.id, other.locale),
    });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, "meeting_cancelled", { meetingId: meeting.id });
    return { id: meeting.id };
  });
}
