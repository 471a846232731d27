import "server-only";
import type { Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";
import { enqueueEmail, type QueuedEmail, type Recipient } from "../outbox";

type Person = Recipient;

/** An edition-opening email to one person, queued once per edition and person (its template names the key). */
function openingEmail(
  template: "applications-open" | "availability-request",
  edition: Edition,
  person: Person,
  props: { path: string; closesOn: Date } & Record<string, string | Date>,
): QueuedEmail {
  const dates = Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, value instanceof Date ? isoDay(value) : value]),
  );
  return {
    template,
    to: person,
    props: { editionId: edition.id, name: person.name ?? person.email, editionName: edition.name, ...dates },
    dedupeKey: `${template}:${edition.id}:${person.id}`,
  };
}

export const applicationsOpenEmail = (edition: Edition, person: Person) =>
  openingEmail("applications-open", edition, person, {
    opensOn: edition.applicationsOpenOn,
    closesOn: edition.applicationsCloseOn,
    path: "/sollicitud",
  });

export const availabilityRequestEmail = (edition: Edition, person: Person) =>
  openingEmail("availability-request", edition, person, {
    closesOn: edition.applicationsCloseOn,
    matchingDeadlineOn: edition.matchingDeadlineOn,
    path: "/disponibilitat",
  });

/** Opening applications: mentors are asked for their availability, technicians are told. */
export async function sendApplicationsOpeningEmails(
  tx: Tx,
  edition: Edition,
  people: { mentors: Person[]; technicians: Person[] },
) {
  for (const mentor of people.mentors) await enqueueEmail(tx, availabilityRequestEmail(edition, mentor));
  for (const technician of people.technicians) await enqueueEmail(tx, applicationsOpenEmail(edition, technician));
}
