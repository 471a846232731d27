import "server-only";
import { createElement } from "react";
import MentorAssignedEmail, { mentorAssignedSubject } from "@/emails/MentorAssignedEmail";
import ProposalAnsweredEmail, { proposalAnsweredSubject } from "@/emails/ProposalAnsweredEmail";
import ProposalToMentorEmail, { proposalToMentorSubject } from "@/emails/ProposalToMentorEmail";
import ProposalWithdrawnEmail, { proposalWithdrawnSubject } from "@/emails/ProposalWithdrawnEmail";
import type { Tx } from "@/lib/db/client";
import { formatDay } from "@/lib/dates";
import { appUrl } from "../links";
import { enqueueEmail, type Recipient } from "../outbox";
import { secretariatRecipients } from "./people";

type Person = Recipient;

export function sendProposalToMentor(
  tx: Tx,
  mentor: Person,
  p: {
    proposalId: string;
    editionName: string;
    municipality: string;
    topics: string[];
    respondBy: Date;
    message: string | null;
  },
) {
  const props = {
    name: mentor.name ?? mentor.email,
    editionName: p.editionName,
    municipality: p.municipality,
    topics: p.topics.join(", "),
    respondBy: formatDay(p.respondBy),
    message: p.message,
    url: appUrl(`/propostes/${p.proposalId}`, mentor.locale),
  };
  return enqueueEmail(tx, {
    template: "proposal-to-mentor",
    to: mentor.email,
    toUserId: mentor.id,
    subject: proposalToMentorSubject(props),
    element: createElement(ProposalToMentorEmail, props),
    payload: { proposalId: p.proposalId },
  });
}

export function sendProposalWithdrawn(
  tx: Tx,
  mentor: Person,
  p: { proposalId: string; municipality: string; editionName: string },
) {
  const props = { name: mentor.name ?? mentor.email, municipality: p.municipality, editionName: p.editionName };
  return enqueueEmail(tx, {
    template: "proposal-withdrawn",
    to: mentor.email,
    toUserId: mentor.id,
    subject: proposalWithdrawnSubject(props),
    element: createElement(ProposalWithdrawnEmail, props),
    payload: { proposalId: p.proposalId },
  });
}

export function sendMentorAssigned(
  tx: Tx,
  mentee: Person,
  p: {
    mentorshipId: string;
    editionName: string;
    mentoringStartOn: Date;
    mentor: { name: string | null; email: string; phone: string | null; position: string | null; municipality: string };
  },
) {
  const props = {
    name: mentee.name ?? mentee.email,
    editionName: p.editionName,
    mentorName: p.mentor.name ?? p.mentor.email,
    mentorEmail: p.mentor.email,
    mentorPhone: p.mentor.phone,
    mentorPosition: p.mentor.position,
    mentorMunicipality: p.mentor.municipality,
    mentoringStartOn: formatDay(p.mentoringStartOn),
    url: appUrl("/inici", mentee.locale),
  };
  return enqueueEmail(tx, {
    template: "mentor-assigned",
    to: mentee.email,
    toUserId: mentee.id,
    subject: mentorAssignedSubject,
    element: createElement(MentorAssignedEmail, props),
    payload: { mentorshipId: p.mentorshipId },
  });
}

export async function sendProposalAnswered(
  tx: Tx,
  p: {
    proposalId: string;
    editionId: string;
    accepted: boolean;
    mentorName: string;
    menteeName: string;
    municipality: string;
    reason: string | null;
  },
) {
  for (const member of await secretariatRecipients(tx)) {
    const props = { ...p, url: appUrl(`/secretaria/convocatories/${p.editionId}/matching`, member.locale) };
    await enqueueEmail(tx, {
      template: p.accepted ? "proposal-accepted" : "proposal-declined",
      to: member.email,
      toUserId: member.id,
      subject: proposalAnsweredSubject(props),
      element: createElement(ProposalAnsweredEmail, props),
      payload: { proposalId: p.proposalId },
    });
  }
}
