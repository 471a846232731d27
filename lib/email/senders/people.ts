import "server-only";
import { createElement } from "react";
import ApprovalDecisionEmail, { approvalDecisionSubject } from "@/emails/ApprovalDecisionEmail";
import ApprovalRequestEmail, { approvalRequestSubject } from "@/emails/ApprovalRequestEmail";
import MentorInterestEmail, { mentorInterestSubject } from "@/emails/MentorInterestEmail";
import RegistrationPendingEmail, { registrationPendingSubject } from "@/emails/RegistrationPendingEmail";
import type { Tx } from "@/lib/db/client";
import { appUrl } from "../links";
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
    to: person.email,
    toUserId: person.id,
    subject: registrationPendingSubject,
    element: createElement(RegistrationPendingEmail, {
      name,
      municipality: municipality.name,
      email: person.email,
      municipalityHasDomains: municipality.emailDomains.length > 0,
    }),
  });
  for (const member of await secretariatRecipients(tx)) {
    const props = {
      personName: name,
      personEmail: person.email,
      municipality: municipality.name,
      domains: municipality.emailDomains.join(", "),
      wantsToMentor: person.wantsToMentor,
      url: appUrl(`/secretaria/persones/${person.id}`, member.locale),
    };
    await enqueueEmail(tx, {
      template: "approval-request",
      to: member.email,
      toUserId: member.id,
      subject: approvalRequestSubject(props),
      element: createElement(ApprovalRequestEmail, props),
      payload: { personId: person.id },
    });
  }
}

export async function sendMentorInterestEmails(tx: Tx, person: Person, municipality: { name: string }) {
  for (const member of await secretariatRecipients(tx)) {
    const props = {
      personName: person.name ?? person.email,
      personEmail: person.email,
      municipality: municipality.name,
      url: appUrl(`/secretaria/persones/${person.id}`, member.locale),
    };
    await enqueueEmail(tx, {
      template: "mentor-interest",
      to: member.email,
      toUserId: member.id,
      subject: mentorInterestSubject(props),
      element: createElement(MentorInterestEmail, props),
      payload: { personId: person.id },
    });
  }
}

export function sendApprovalDecisionEmail(tx: Tx, person: Person, approved: boolean) {
  const props = { name: person.name ?? person.email, approved, url: appUrl("/inici", person.locale) };
  return enqueueEmail(tx, {
    template: "approval-decision",
    to: person.email,
    toUserId: person.id,
    subject: approvalDecisionSubject(props),
    element: createElement(ApprovalDecisionEmail, props),
    payload: { approved },
  });
}
