import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail, type Recipient } from "../outbox";

type Person = Recipient;

/** The active secretariat: recipients of every "tell the secretariat" email. */
export function secretariatRecipients(tx: Tx): Promise<Person[]> {
  return tx.user.findMany({
    where: { role: "SECRETARIAT", deactivatedAt: null, erasedAt: null },
    select: { id: true, email: true, name: true, locale: true },
  });
}

export async function sendRegistrationPendingEmails(
  tx: Tx,
  person: Person & { wantsToMentor: boolean },
  municipality: { name: string; emailDomains: string[] },
) {
  const name = person.name ?? person.email;
  await enqueueEmail(tx, {
    template: "registration-pending",
    to: person,
    props: {
      name,
      municipality: municipality.name,
      email: person.email,
      municipalityHasDomains: municipality.emailDomains.length > 0,
    },
  });
  for (const member of await secretariatRecipients(tx)) {
    await enqueueEmail(tx, {
      template: "approval-request",
      to: member,
      props: {
        personId: person.id,
        personName: name,
        personEmail: person.email,
        municipality: municipality.name,
        domains: municipality.emailDomains.join(", "),
        wantsToMentor: person.wantsToMentor,
        path: `/secretaria/persones/${person.id}`,
      },
    });
  }
}

export async function sendMentorInterestEmails(tx: Tx, person: Person, municipality: { name: string }) {
  for (const member of await secretariatRecipients(tx)) {
    await enqueueEmail(tx, {
      template: "mentor-interest",
      to: member,
      props: {
        personId: person.id,
        personName: person.name ?? person.email,
        personEmail: person.email,
        municipality: municipality.name,
        path: `/secretaria/persones/${person.id}`,
      },
    });
  }
}

export function sendApprovalDecisionEmail(tx: Tx, person: Person, approved: boolean) {
  return enqueueEmail(tx, {
    template: "approval-decision",
    to: person,
    props: { name: person.name ?? person.email, approved, path: "/inici" },
  });
}
