import "server-only";
import { createElement } from "react";
import ApplicationsOpenEmail, { applicationsOpenSubject } from "@/emails/ApplicationsOpenEmail";
import AvailabilityRequestEmail, { availabilityRequestSubject } from "@/emails/AvailabilityRequestEmail";
import type { Tx } from "@/lib/db/client";
import { formatDay } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";
import { appUrl } from "../links";
import { enqueueEmail, type OutgoingEmail, type Recipient } from "../outbox";

type Person = Recipient;

export function applicationsOpenEmail(edition: Edition, person: Person): Omit<OutgoingEmail, "dedupeKey"> {
  const props = {
    name: person.name ?? person.email,
    editionName: edition.name,
    opensOn: formatDay(edition.applicationsOpenOn),
    closesOn: formatDay(edition.applicationsCloseOn),
    url: appUrl("/sollicitud", person.locale),
  };
  return {
    template: "applications-open",
    to: person.email,
    toUserId: person.id,
    subject: applicationsOpenSubject(props),
    element: createElement(ApplicationsOpenEmail, props),
    payload: { editionId: edition.id },
  };
}

export function availabilityRequestEmail(edition: Edition, person: Person): Omit<OutgoingEmail, "dedupeKey"> {
  const props = {
    name: person.name ?? person.email,
    editionName: edition.name,
    closesOn: formatDay(edition.applicationsCloseOn),
    matchingDeadlineOn: formatDay(edition.matchingDeadlineOn),
    url: appUrl("/disponibilitat", person.locale),
  };
  return {
    template: "availability-request",
    to: person.email,
    toUserId: person.id,
    subject: availabilityRequestSubject(props),
    element: createElement(AvailabilityRequestEmail, props),
    payload: { editionId: edition.id },
  };
}

/** Opening applications: mentors are asked for their availability, technicians are told. */
export async function sendApplicationsOpeningEmails(
  tx: Tx,
  edition: Edition,
  people: { mentors: Person[]; technicians: Person[] },
) {
  for (const mentor of people.mentors) {
    await enqueueEmail(tx, {
      ...availabilityRequestEmail(edition, mentor),
      dedupeKey: `availability-request:${edition.id}:${mentor.id}`,
    });
  }
  for (const technician of people.technicians) {
    await enqueueEmail(tx, {
      ...applicationsOpenEmail(edition, technician),
      dedupeKey: `applications-open:${edition.id}:${technician.id}`,
    });
  }
}
