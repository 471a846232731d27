import "server-only";
import type { MentorshipUpdateEmailProps, Notice } from "@/emails/MentorshipUpdateEmail";
import type { Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TemplateName } from "../registry";
import { enqueueEmail, type Attachment, type Recipient } from "../outbox";
import { secretariatRecipients } from "./people";

type Person = Recipient;
type Party = Person & { phone: string | null; position: string | null; municipality: { name: string } | null };

const display = (p: { name: string | null; email: string }) => p.name ?? p.email;
const pageOf = (mentorshipId: string) => `/acompanyaments/${mentorshipId}`;
const day = (date: Date) => ({ day: isoDay(date) });
const at = (instant: Date) => ({ at: instant.toISOString() });

/**
 * A notice of the mentorship's life (emails/MentorshipUpdateEmail.tsx): its words are the
 * notice's in the message files; what is stored is which notice, its values and the page it
 * links to (`path`), and the ids the email log shows.
 */
function update(
  tx: Tx,
  to: Person,
  template: TemplateName,
  notice: Notice,
  props: Omit<MentorshipUpdateEmailProps, "locale" | "notice" | "url" | "greeting"> & {
    path?: string | null;
    greet?: boolean;
  },
  extra: { ids: Record<string, string>; attachments?: Attachment[] },
) {
  const { greet, ...rest } = props;
  return enqueueEmail(tx, {
    template,
    to,
    props: { ...extra.ids, notice, ...rest, greeting: greet ? display(to) : null } as Prisma.InputJsonObject,
    attachments: extra.attachments,
  });
}

async function toSecretariat(tx: Tx, build: (member: Person) => Promise<unknown>) {
  for (const member of await secretariatRecipients(tx)) await build(member);
}

export async function sendMentoringStart(
  tx: Tx,
  m: {
    id: string;
    mentor: Party;
    mentee: Party;
    edition: { name: string; requiredMeetings: number; meetingsMustBeInPerson: boolean; maxDurationMonths: number };
  },
) {
  for (const [me, other, role] of [
    [m.mentee, m.mentor, "MENTEE"],
    [m.mentor, m.mentee, "MENTOR"],
  ] as const) {
    await enqueueEmail(tx, {
      template: "mentoring-start",
      to: me,
      props: {
        mentorshipId: m.id,
        name: display(me),
        role,
        editionName: m.edition.name,
        other: {
          name: display(other),
          email: other.email,
          phone: other.phone,
          position: other.position,
          municipality: other.municipality?.name ?? "",
        },
        requiredMeetings: m.edition.requiredMeetings,
        inPerson: m.edition.meetingsMustBeInPerson,
        maxDurationMonths: m.edition.maxDurationMonths,
        path: pageOf(m.id),
      },
    });
  }
}

export function sendAgreementToConfirm(
  tx: Tx,
  to: Person,
  p: { mentorshipId: string; drafter: string; endOn: Date; changed: boolean },
) {
  return update(
    tx,
    to,
    "agreement-to-confirm",
    p.changed ? "agreementChanged" : "agreementToConfirm",
    {
      greet: true,
      values: { by: p.drafter },
      facts: [["proposedEnd", day(p.endOn)]],
      path: pageOf(p.mentorshipId),
    },
    { ids: { mentorshipId: p.mentorshipId } },
  );
}

export async function sendAgreementConfirmed(
  tx: Tx,
  p: { mentorshipId: string; mentor: Person; mentee: Person; endOn: Date },
) {
  await toSecretariat(tx, (member) =>
    update(
      tx,
      member,
      "agreement-confirmed",
      "agreementConfirmed",
      {
        values: { mentee: display(p.mentee), mentor: display(p.mentor) },
        facts: [["agreedEnd", day(p.endOn)]],
        path: pageOf(p.mentorshipId),
      },
      { ids: { mentorshipId: p.mentorshipId } },
    ),
  );
}

type MeetingNews = {
  mentorshipId: string;
  by: string;
  startsAt: Date;
  mode: "IN_PERSON" | "ONLINE" | "PHONE";
  place: string | null;
  planned: boolean;
  ics?: Attachment;
};

/** A meeting's email to the other party: its facts, a link to the mentorship, and the calendar event when there is one. */
function meetingEmail(tx: Tx, to: Person, p: MeetingNews, template: TemplateName, notice: Notice) {
  return update(
    tx,
    to,
    template,
    notice,
    {
      greet: true,
      values: { by: p.by, day: day(p.startsAt) },
      facts: [
        ["when", at(p.startsAt)],
        ["mode", { mode: p.mode }],
        ...(p.place ? [["place", p.place] as ["place", string]] : []),
      ],
      path: pageOf(p.mentorshipId),
    },
    { ids: { mentorshipId: p.mentorshipId }, attachments: p.ics ? [p.ics] : undefined },
  );
}

export function sendMeetingLogged(tx: Tx, to: Person, p: MeetingNews) {
  return p.planned
    ? meetingEmail(tx, to, p, "meeting-planned", "meetingPlanned")
    : meetingEmail(tx, to, p, "meeting-logged", "meetingLogged");
}

export function sendMeetingChanged(tx: Tx, to: Person, p: MeetingNews) {
  return meetingEmail(tx, to, p, "meeting-changed", p.planned ? "meetingChanged" : "meetingCorrected");
}

export function sendMeetingCancelled(
  tx: Tx,
  to: Person,
  p: { mentorshipId: string; by: string; startsAt: Date; reason: string; ics: Attachment },
) {
  return update(
    tx,
    to,
    "meeting-cancelled",
    "meetingCancelled",
    {
      greet: true,
      values: { by: p.by, reason: p.reason, day: day(p.startsAt) },
      facts: [["wasPlanned", at(p.startsAt)]],
      path: pageOf(p.mentorshipId),
    },
    { ids: { mentorshipId: p.mentorshipId }, attachments: [p.ics] },
  );
}

export function sendExtensionProposed(
  tx: Tx,
  to: Person,
  p: { mentorshipId: string; by: string; newEndOn: Date; reason: string },
) {
  return update(
    tx,
    to,
    "extension-proposed",
    "extensionProposed",
    {
      greet: true,
      values: { by: p.by },
      facts: [["newEnd", day(p.newEndOn)]],
      quote: p.reason,
      path: pageOf(p.mentorshipId),
    },
    { ids: { mentorshipId: p.mentorshipId } },
  );
}

export async function sendExtensionAnswered(
  tx: Tx,
  p: { mentorshipId: string; proposer: Person; answeredBy: string; accepted: boolean; newEndOn: Date },
) {
  const ids = { mentorshipId: p.mentorshipId };
  await update(
    tx,
    p.proposer,
    p.accepted ? "extension-accepted" : "extension-declined",
    p.accepted ? "extensionAccepted" : "extensionDeclined",
    { greet: true, values: { by: p.answeredBy, day: day(p.newEndOn) }, path: pageOf(p.mentorshipId) },
    { ids },
  );
  if (p.accepted) {
    await toSecretariat(tx, (member) =>
      update(
        tx,
        member,
        "extension-accepted",
        "extensionAgreed",
        { values: { day: day(p.newEndOn) }, path: pageOf(p.mentorshipId) },
        { ids },
      ),
    );
  }
}

export async function sendCommunicationReceived(
  tx: Tx,
  p: {
    communicationId: string;
    from: string;
    kind: "INCIDENT" | "END_DATE_CHANGE" | "OTHER";
    subject: string;
    body: string;
  },
) {
  await toSecretariat(tx, (member) =>
    update(
      tx,
      member,
      "communication-received",
      "communicationReceived",
      {
        values: { by: p.from, kind: { kind: p.kind }, subject: p.subject },
        quote: p.body,
        path: `/secretaria/comunicacions/${p.communicationId}`,
      },
      { ids: { communicationId: p.communicationId } },
    ),
  );
}

export function sendCommunicationAnswered(
  tx: Tx,
  to: Person,
  p: { communicationId: string; mentorshipId: string | null; subject: string; body: string },
) {
  return update(
    tx,
    to,
    "communication-answered",
    "communicationAnswered",
    {
      greet: true,
      values: { subject: p.subject },
      quote: p.body,
      path: p.mentorshipId ? pageOf(p.mentorshipId) : null,
    },
    { ids: { communicationId: p.communicationId } },
  );
}

export async function sendMentorshipCancelled(
  tx: Tx,
  p: { mentorshipId: string; parties: Person[]; by: string; reason: string },
) {
  const secretariat = await secretariatRecipients(tx);
  const recipients = [...p.parties, ...secretariat.filter((s) => !p.parties.some((x) => x.id === s.id))];
  for (const person of recipients) {
    await update(
      tx,
      person,
      "mentorship-cancelled",
      "mentorshipCancelled",
      { greet: true, values: { by: p.by }, quote: p.reason, path: pageOf(p.mentorshipId) },
      { ids: { mentorshipId: p.mentorshipId } },
    );
  }
}

export function sendCompletionProposed(tx: Tx, to: Person, p: { mentorshipId: string; by: string }) {
  return update(
    tx,
    to,
    "completion-proposed",
    "completionProposed",
    { greet: true, values: { by: p.by }, path: pageOf(p.mentorshipId) },
    { ids: { mentorshipId: p.mentorshipId } },
  );
}

export async function sendClosureRequests(tx: Tx, p: { mentorshipId: string; mentor: Person; mentee: Person }) {
  const ids = { mentorshipId: p.mentorshipId };
  await update(
    tx,
    p.mentor,
    "closure-evaluation",
    "closureEvaluation",
    { greet: true, values: { other: display(p.mentee) }, path: pageOf(p.mentorshipId) },
    { ids },
  );
  await update(
    tx,
    p.mentee,
    "closure-evaluation-fitxa",
    "closureEvaluationFitxa",
    { greet: true, values: { other: display(p.mentor) }, path: pageOf(p.mentorshipId) },
    { ids },
  );
}

export async function sendFitxaSubmitted(
  tx: Tx,
  p: { mentorshipId: string; sheetId: string; title: string; mentee: string },
) {
  await toSecretariat(tx, (member) =>
    update(
      tx,
      member,
      "fitxa-submitted",
      "fitxaSubmitted",
      { values: { by: p.mentee, title: p.title }, path: `/secretaria/fitxes/${p.sheetId}` },
      { ids: { mentorshipId: p.mentorshipId } },
    ),
  );
}

export function sendFitxaChangesRequested(tx: Tx, to: Person, p: { mentorshipId: string; note: string }) {
  return update(
    tx,
    to,
    "fitxa-changes-requested",
    "fitxaChangesRequested",
    { greet: true, quote: p.note, path: `/acompanyaments/${p.mentorshipId}/fitxa` },
    { ids: { mentorshipId: p.mentorshipId } },
  );
}

export async function sendFitxaPublished(
  tx: Tx,
  p: { mentorshipId: string; sheetId: string; title: string; parties: Person[] },
) {
  for (const person of p.parties) {
    await update(
      tx,
      person,
      "fitxa-published",
      "fitxaPublished",
      { greet: true, values: { title: p.title }, path: `/fitxes/${p.sheetId}` },
      { ids: { mentorshipId: p.mentorshipId } },
    );
  }
}
