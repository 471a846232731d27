import "server-only";
import type { Tx } from "@/lib/db/client";
import { isoDay } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";
import { enqueueEmail, type Recipient } from "../outbox";

type Person = Recipient;

export function sendApplicationReceivedEmail(
  tx: Tx,
  person: Person,
  edition: Edition,
  details: { applicationId: string; municipality: string; topics: string[]; editableUntil: Date },
) {
  return enqueueEmail(tx, {
    template: "application-received",
    to: person,
    props: {
      applicationId: details.applicationId,
      name: person.name ?? person.email,
      editionName: edition.name,
      municipality: details.municipality,
      topics: details.topics.join(", "),
      editableUntil: isoDay(details.editableUntil),
      matchingDeadlineOn: isoDay(edition.matchingDeadlineOn),
      path: "/sollicitud",
    },
  });
}

export function sendLateApplicationAllowedEmail(tx: Tx, person: Person, edition: Edition) {
  return enqueueEmail(tx, {
    template: "late-application-allowed",
    to: person,
    props: { editionId: edition.id, name: person.name ?? person.email, editionName: edition.name, path: "/sollicitud" },
  });
}

export function sendOfferConfirmedEmail(
  tx: Tx,
  person: Person,
  edition: Edition,
  offer: { id: string; capacity: number; topics: string[] },
) {
  return enqueueEmail(tx, {
    template: "offer-confirmed",
    to: person,
    props: {
      offerId: offer.id,
      name: person.name ?? person.email,
      editionName: edition.name,
      capacity: offer.capacity,
      topics: offer.topics.join(", "),
      editableUntil: isoDay(edition.matchingDeadlineOn),
      path: "/disponibilitat",
    },
  });
}
