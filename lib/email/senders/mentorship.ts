import "server-only";
import { createElement } from "react";
import MentoringStartEmail, { mentoringStartSubject } from "@/emails/MentoringStartEmail";
import MentorshipUpdateEmail, { type MentorshipUpdateEmailProps } from "@/emails/MentorshipUpdateEmail";
import type { Tx } from "@/lib/db/client";
import { formatDateTime, formatDay } from "@/lib/dates";
import { appUrl } from "../links";
import { enqueueEmail, type Attachment, type Recipient } from "../outbox";
import { secretariatRecipients } from "./people";

type Person = Recipient;
type Party = Person & { phone: string | null; position: string | null; municipality: { name: string } | null };

const display = (p: { name: string | null; email: string }) => p.name ?? p.email;
const pageOf = (mentorshipId: string, person: Person) => appUrl(`/acompanyaments/${mentorshipId}`, person.locale);

function update(
  tx: Tx,
  to: Person,
  template: string,
  subject: string,
  props: Omit<MentorshipUpdateEmailProps, "preview">,
  extra: { payload?: Record<string, string>; attachments?: Attachment[] } = {},
) {
  return enqueueEmail(tx, {
    template,
    to: to.email,
    toUserId: to.id,
    subject,
    element: createElement(MentorshipUpdateEmail, { preview: subject, ...props }),
    payload: extra.payload,
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
    const props = {
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
      url: pageOf(m.id, me),
    };
    await enqueueEmail(tx, {
      template: "mentoring-start",
      to: me.email,
      toUserId: me.id,
      subject: mentoringStartSubject,
      element: createElement(MentoringStartEmail, props),
      payload: { mentorshipId: m.id },
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
    p.changed ? "S'ha modificat l'acord de mentoria: cal confirmar-lo" : "Hi ha un acord de mentoria per confirmar",
    {
      heading: "Hi ha un acord per confirmar",
      greeting: display(to),
      paragraphs: [
        `${p.drafter} ha ${p.changed ? "modificat" : "redactat"} el pla de treball de l'acompanyament (objectius, activitats, trobades previstes i data de finalització). Reviseu-lo i, si hi esteu d'acord, confirmeu-lo a la plataforma.`,
      ],
      facts: [["Data de finalització proposada", formatDay(p.endOn)]],
      action: { label: "Revisa l'acord", url: pageOf(p.mentorshipId, to) },
    },
    { payload: { mentorshipId: p.mentorshipId } },
  );
}

export async function sendAgreementConfirmed(
  tx: Tx,
  p: { mentorshipId: string; mentor: Person; mentee: Person; endOn: Date },
) {
  const pair = `${display(p.mentee)} i ${display(p.mentor)}`;
  await toSecretariat(tx, (member) =>
    update(
      tx,
      member,
      "agreement-confirmed",
      `Acord confirmat: ${pair}`,
      {
        heading: "Acord de mentoria confirmat",
        paragraphs: [`${pair} han confirmat el pla de treball de l'acompanyament.`],
        facts: [["Data de finalització pactada", formatDay(p.endOn)]],
        action: { label: "Obre l'acompanyament", url: pageOf(p.mentorshipId, member) },
      },
      { payload: { mentorshipId: p.mentorshipId } },
    ),
  );
}

type MeetingNews = {
  mentorshipId: string;
  by: string;
  startsAt: Date;
  mode: string;
  place: string | null;
  planned: boolean;
  ics?: Attachment;
};

/** A meeting's email to the other party: its facts, a link to the mentorship, and the calendar event when there is one. */
function meetingEmail(
  tx: Tx,
  to: Person,
  p: MeetingNews,
  email: { template: string; subject: string; heading: string; paragraph: string },
) {
  return update(
    tx,
    to,
    email.template,
    email.subject,
    {
      heading: email.heading,
      greeting: display(to),
      paragraphs: [email.paragraph],
      facts: [
        ["Quan", formatDateTime(p.startsAt)],
        ["Format", p.mode],
        ...(p.place ? ([["Lloc", p.place]] as [string, string][]) : []),
      ],
      action: { label: "Obre l'acompanyament", url: pageOf(p.mentorshipId, to) },
    },
    { payload: { mentorshipId: p.mentorshipId }, attachments: p.ics ? [p.ics] : undefined },
  );
}

export function sendMeetingLogged(tx: Tx, to: Person, p: MeetingNews) {
  return meetingEmail(
    tx,
    to,
    p,
    p.planned
      ? {
          template: "meeting-planned",
          subject: `Trobada de mentoria prevista el ${formatDay(p.startsAt)}`,
          heading: "Nova trobada prevista",
          paragraph: `${p.by} ha registrat una trobada prevista. Teniu l'esdeveniment adjunt per afegir-lo al calendari.`,
        }
      : {
          template: "meeting-logged",
          subject: "S'ha registrat una trobada de mentoria: confirmeu-la",
          heading: "Trobada registrada",
          paragraph: `${p.by} ha registrat una trobada feta. Si és correcte, confirmeu-la a la plataforma: les trobades confirmades compten per als requisits del programa.`,
        },
  );
}

export function sendMeetingChanged(tx: Tx, to: Person, p: MeetingNews) {
  return meetingEmail(tx, to, p, {
    template: "meeting-changed",
    subject: `S'ha canviat una trobada de mentoria: ${formatDay(p.startsAt)}`,
    heading: "Trobada canviada",
    paragraph: p.planned
      ? `${p.by} ha canviat una trobada prevista. Teniu adjunt l'esdeveniment actualitzat: en obrir-lo, el calendari substitueix l'anterior.`
      : `${p.by} ha corregit una trobada feta. Si és correcte, confirmeu-la a la plataforma.`,
  });
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
    `S'ha anul·lat la trobada de mentoria del ${formatDay(p.startsAt)}`,
    {
      heading: "Trobada anul·lada",
      greeting: display(to),
      paragraphs: [
        `${p.by} ha anul·lat la trobada prevista. Motiu: ${p.reason}`,
        "L'adjunt treu l'esdeveniment del vostre calendari.",
      ],
      facts: [["Era prevista", formatDateTime(p.startsAt)]],
      action: { label: "Obre l'acompanyament", url: pageOf(p.mentorshipId, to) },
    },
    { payload: { mentorshipId: p.mentorshipId }, attachments: [p.ics] },
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
    "Proposta d'ampliació de la mentoria",
    {
      heading: "Proposta d'ampliació",
      greeting: display(to),
      paragraphs: [
        `${p.by} proposa ampliar l'acompanyament més enllà de la durada màxima del programa. L'ampliació només s'aplica si hi esteu d'acord explícitament.`,
      ],
      facts: [["Nova data de finalització", formatDay(p.newEndOn)]],
      quote: p.reason,
      action: { label: "Respon la proposta", url: pageOf(p.mentorshipId, to) },
    },
    { payload: { mentorshipId: p.mentorshipId } },
  );
}

export async function sendExtensionAnswered(
  tx: Tx,
  p: { mentorshipId: string; proposer: Person; answeredBy: string; accepted: boolean; newEndOn: Date },
) {
  const subject = p.accepted ? "Ampliació de la mentoria acordada" : "Proposta d'ampliació no acceptada";
  await update(
    tx,
    p.proposer,
    p.accepted ? "extension-accepted" : "extension-declined",
    subject,
    {
      heading: subject,
      greeting: display(p.proposer),
      paragraphs: [
        p.accepted
          ? `${p.answeredBy} ha acceptat l'ampliació. La nova data de finalització és el ${formatDay(p.newEndOn)}.`
          : `${p.answeredBy} no ha acceptat l'ampliació: la data de finalització no canvia.`,
      ],
      action: { label: "Obre l'acompanyament", url: pageOf(p.mentorshipId, p.proposer) },
    },
    { payload: { mentorshipId: p.mentorshipId } },
  );
  if (p.accepted) {
    await toSecretariat(tx, (member) =>
      update(
        tx,
        member,
        "extension-accepted",
        "Ampliació d'una mentoria acordada per les dues parts",
        {
          heading: "Ampliació acordada",
          paragraphs: [`Les dues parts d'un acompanyament han acordat ampliar-lo fins al ${formatDay(p.newEndOn)}.`],
          action: { label: "Obre l'acompanyament", url: pageOf(p.mentorshipId, member) },
        },
        { payload: { mentorshipId: p.mentorshipId } },
      ),
    );
  }
}

export async function sendCommunicationReceived(
  tx: Tx,
  p: { communicationId: string; from: string; kind: string; subject: string; body: string },
) {
  await toSecretariat(tx, (member) =>
    update(
      tx,
      member,
      "communication-received",
      `Comunicació a la secretaria: ${p.subject}`,
      {
        heading: "Nova comunicació a la secretaria",
        paragraphs: [`${p.from} ha enviat una comunicació (${p.kind.toLowerCase()}).`],
        quote: p.body,
        action: {
          label: "Respon la comunicació",
          url: appUrl(`/secretaria/comunicacions/${p.communicationId}`, member.locale),
        },
      },
      { payload: { communicationId: p.communicationId } },
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
    `Resposta de la secretaria: ${p.subject}`,
    {
      heading: "La secretaria us ha respost",
      greeting: display(to),
      paragraphs: [`La secretaria de l'XMESS ha respost la vostra comunicació «${p.subject}».`],
      quote: p.body,
      action: p.mentorshipId ? { label: "Consulta l'historial", url: pageOf(p.mentorshipId, to) } : null,
    },
    { payload: { communicationId: p.communicationId } },
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
      "Acompanyament de mentoria finalitzat abans d'hora",
      {
        heading: "Acompanyament finalitzat",
        greeting: display(person),
        paragraphs: [`${p.by} ha finalitzat l'acompanyament abans de la data prevista.`],
        quote: p.reason,
        action: { label: "Obre l'acompanyament", url: pageOf(p.mentorshipId, person) },
      },
      { payload: { mentorshipId: p.mentorshipId } },
    );
  }
}

export function sendCompletionProposed(tx: Tx, to: Person, p: { mentorshipId: string; by: string }) {
  return update(
    tx,
    to,
    "completion-proposed",
    "Proposta de tancar l'acompanyament",
    {
      heading: "Tanquem l'acompanyament?",
      greeting: display(to),
      paragraphs: [
        `${p.by} considera que l'acompanyament ja s'ha completat. Si hi esteu d'acord, confirmeu-ho a la plataforma i passarem al tancament i la valoració.`,
      ],
      action: { label: "Obre l'acompanyament", url: pageOf(p.mentorshipId, to) },
    },
    { payload: { mentorshipId: p.mentorshipId } },
  );
}

export async function sendClosureRequests(tx: Tx, p: { mentorshipId: string; mentor: Person; mentee: Person }) {
  await update(
    tx,
    p.mentor,
    "closure-evaluation",
    "Tancament de la mentoria: la vostra valoració",
    {
      heading: "Tancament i valoració",
      greeting: display(p.mentor),
      paragraphs: [
        `L'acompanyament amb ${display(p.mentee)} arriba al final. Us demanem una valoració breu: ens ajuda a millorar el programa.`,
      ],
      action: { label: "Fes la valoració", url: pageOf(p.mentorshipId, p.mentor) },
    },
    { payload: { mentorshipId: p.mentorshipId } },
  );
  await update(
    tx,
    p.mentee,
    "closure-evaluation-fitxa",
    "Tancament de la mentoria: valoració i fitxa",
    {
      heading: "Tancament, valoració i fitxa",
      greeting: display(p.mentee),
      paragraphs: [
        `L'acompanyament amb ${display(p.mentor)} arriba al final. Us demanem dues coses: una valoració breu i la fitxa de la mentoria, que documenta l'experiència per a altres municipis (el programa demana que la persona que ha rebut la mentoria la documenti).`,
      ],
      action: { label: "Fes la valoració i la fitxa", url: pageOf(p.mentorshipId, p.mentee) },
    },
    { payload: { mentorshipId: p.mentorshipId } },
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
      `Fitxa per revisar: ${p.title}`,
      {
        heading: "Fitxa per revisar",
        paragraphs: [
          `${p.mentee} ha enviat la fitxa de la mentoria «${p.title}». Reviseu-la i publiqueu-la, o demaneu-hi canvis.`,
        ],
        action: { label: "Revisa la fitxa", url: appUrl(`/secretaria/fitxes/${p.sheetId}`, member.locale) },
      },
      { payload: { mentorshipId: p.mentorshipId } },
    ),
  );
}

export function sendFitxaChangesRequested(tx: Tx, to: Person, p: { mentorshipId: string; note: string }) {
  return update(
    tx,
    to,
    "fitxa-changes-requested",
    "La secretaria demana canvis a la fitxa de la mentoria",
    {
      heading: "Canvis a la fitxa",
      greeting: display(to),
      paragraphs: ["La secretaria ha revisat la fitxa de la mentoria i us demana alguns canvis abans de publicar-la."],
      quote: p.note,
      action: { label: "Revisa la fitxa", url: appUrl(`/acompanyaments/${p.mentorshipId}/fitxa`, to.locale) },
    },
    { payload: { mentorshipId: p.mentorshipId } },
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
      `Fitxa publicada: ${p.title}`,
      {
        heading: "La fitxa ja és pública",
        greeting: display(person),
        paragraphs: [
          `La fitxa de la mentoria «${p.title}» ja és al catàleg públic de fitxes del programa. Gràcies per compartir l'experiència.`,
        ],
        action: { label: "Consulta la fitxa", url: appUrl(`/fitxes/${p.sheetId}`, person.locale) },
      },
      { payload: { mentorshipId: p.mentorshipId } },
    );
  }
}
