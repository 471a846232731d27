import "server-only";
import { addMonths, madridDay } from "@/lib/dates";
import type { MeetingMode, MeetingStatus, MentorshipStatus } from "@/lib/generated/prisma/enums";

// The programme's rules for a mentorship, as pure functions (unit-tested): the end date limit,
// the meetings' compliance and the checklist of next steps.

/** The latest end date: the edition's maximum duration after the start, or an extension both parties agreed. */
export function endDateLimit(
  startedOn: Date,
  edition: { maxDurationMonths: number },
  acceptedExtensions: { newEndOn: Date }[] = [],
): Date {
  const base = addMonths(startedOn, edition.maxDurationMonths);
  return acceptedExtensions.reduce((latest, e) => (e.newEndOn > latest ? e.newEndOn : latest), base);
}

export type MeetingForCompliance = {
  status: MeetingStatus;
  mode: MeetingMode;
  confirmedAt: Date | null;
  startsAt?: Date;
};

/**
 * Meetings that count for the edition's rule: held within the pairing (from the day the
 * proposal was accepted to the end of the mentorship, when `period` is given), confirmed by the
 * other party and, when the edition requires it, in person. Held but unconfirmed ones are shown
 * apart; meetings dated outside the pairing never count.
 */
export function meetingCompliance(
  meetings: MeetingForCompliance[],
  edition: { requiredMeetings: number; meetingsMustBeInPerson: boolean },
  period?: { accepted: Date; end: Date },
) {
  const qualifying = meetings.filter(
    (m) =>
      m.status === "HELD" &&
      (!edition.meetingsMustBeInPerson || m.mode === "IN_PERSON") &&
      (!period || !m.startsAt || (madridDay(m.startsAt) >= period.accepted && madridDay(m.startsAt) <= period.end)),
  );
  const counted = qualifying.filter((m) => m.confirmedAt).length;
  return {
    required: edition.requiredMeetings,
    inPerson: edition.meetingsMustBeInPerson,
    counted,
    awaitingConfirmation: qualifying.length - counted,
    met: counted >= edition.requiredMeetings,
  };
}

export type ChecklistInput = {
  status: MentorshipStatus;
  firstContactOn: Date | null;
  agreementConfirmed: boolean;
  compliance: ReturnType<typeof meetingCompliance>;
  endOn: Date | null;
  evaluations: { mentor: boolean; mentee: boolean };
  fitxaPublished: boolean;
};

export type ChecklistItem = { key: string; label: string; done: boolean };

export function checklist(input: ChecklistInput): ChecklistItem[] {
  const c = input.compliance;
  return [
    {
      key: "first-contact",
      label: "Primer contacte de la persona sol·licitant amb la persona mentora",
      done: Boolean(input.firstContactOn),
    },
    { key: "agreement", label: "Acord (pla de treball) confirmat per les dues parts", done: input.agreementConfirmed },
    {
      key: "meetings",
      label: `${c.required} trobades${c.inPerson ? " presencials" : ""} fetes i confirmades (${c.counted} de ${c.required})`,
      done: c.met,
    },
    { key: "end-date", label: "Data de finalització pactada", done: Boolean(input.endOn) },
    { key: "evaluation-mentee", label: "Valoració de la persona sol·licitant", done: input.evaluations.mentee },
    { key: "evaluation-mentor", label: "Valoració de la persona mentora", done: input.evaluations.mentor },
    { key: "fitxa", label: "Fitxa de la mentoria publicada", done: input.fitxaPublished },
  ];
}

/** Mentorship statuses in which the pair still works together. */
export const OPEN_STATUSES: MentorshipStatus[] = ["AGREEING", "ACTIVE"];
