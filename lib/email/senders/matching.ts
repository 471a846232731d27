import "server-only";
import type { Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
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
  return enqueueEmail(tx, {
    template: "proposal-to-mentor",
    to: mentor,
    props: {
      proposalId: p.proposalId,
      name: mentor.name ?? mentor.email,
      editionName: p.editionName,
      municipality: p.municipality,
      topics: p.topics.join(", "),
      respondBy: isoDay(p.respondBy),
      message: p.message,
      path: `/propostes/${p.proposalId}`,
    },
  });
}

export function sendProposalWithdrawn(
  tx: Tx,
  mentor: Person,
  p: { proposalId: string; municipality: string; editionName: string },
) {
  return enqueueEmail(tx, {
    template: "proposal-withdrawn",
    to: mentor,
    props: {
      proposalId: p.proposalId,
      name: mentor.name ?? mentor.email,
      municipality: p.municipality,
      editionName: p.editionName,
    },
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
  return enqueueEmail(tx, {
    template: "mentor-assigned",
    to: mentee,
    props: {
      mentorshipId: p.mentorshipId,
      name: mentee.name ?? mentee.email,
      editionName: p.editionName,
      mentor: {
        name: p.mentor.name ?? p.mentor.email,
        email: p.mentor.email,
        phone: p.mentor.phone,
        position: p.mentor.position,
        municipality: p.mentor.municipality,
      },
      mentoringStartOn: isoDay(p.mentoringStartOn),
      path: "/inici",
    },
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
    await enqueueEmail(tx, {
      template: p.accepted ? "proposal-accepted" : "proposal-declined",
      to: member,
      props: { ...p, path: `/secretaria/convocatories/${p.editionId}/matching` },
    });
  }
}
