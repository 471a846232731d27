import "server-only";
import type { Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";
import { enqueueEmail, type QueuedEmail, type Recipient } from "../outbox";

type Person = Recipient;

export function applicationsOpenEmail(edition: Edition, person: Person): QueuedEmail {
  return {
    template: "applications-open",
    to: person,
    props: {
      editionId: edition.id,
      name: person.name ?? person.email,
      editionName: edition.name,
      opensOn: isoDay(edition.applicationsOpenOn),
      closesOn: isoDay(edition.applicationsCloseOn),
      path: "/sollicitud",
    },
    dedupeKey: `applications-open:${edition.id}:${person.id}`,
  };
}

export function availabilityRequestEmail(edition: Edition, person: Person): QueuedEmail {
  return {
    template: "availability-request",
    to: person,
    props: {
      editionId: edition.id,
      name: person.name ?? person.email,
      editionName: edition.name,
      closesOn: isoDay(edition.applicationsCloseOn),
      matchingDeadlineOn: isoDay(edition.matchingDeadlineOn),
      path: "/disponibilitat",
    },
    dedupeKey: `availability-request:${edition.id}:${person.id}`,
  };
}

/** Opening applications: mentors are asked for their availability, technicians are told. */
export async function sendApplicationsOpeningEmails(
  tx: Tx,
  edition: Edition,
  people: { mentors: Person[]; technicians: Person[] },
) {
  for (const mentor of people.mentors) await enqueueEmail(tx, availabilityRequestEmail(edition, mentor));
  for (const technician of people.technicians) await enqueueEmail(tx, applicationsOpenEmail(edition, technician));
}
