import "server-only";
import { createElement } from "react";
import ApplicationReceivedEmail, { applicationReceivedSubject } from "@/emails/ApplicationReceivedEmail";
import LateApplicationAllowedEmail, { lateApplicationAllowedSubject } from "@/emails/LateApplicationAllowedEmail";
import OfferConfirmedEmail, { offerConfirmedSubject } from "@/emails/OfferConfirmedEmail";
import type { Tx } from "@/lib/db/client";
import { formatDay } from "@/lib/dates";
import type { Edition } from "@/lib/generated/prisma/client";
import { appUrl } from "../links";
import { enqueueEmail, type Recipient } from "../outbox";

type Person = Recipient;

export function sendApplicationReceivedEmail(
  tx: Tx,
  person: Person,
  edition: Edition,
  details: { applicationId: string; municipality: string; topics: string[]; editableUntil: Date },
) {
  const props = {
    name: person.name ?? person.email,
    editionName: edition.name,
    municipality: details.municipality,
    topics: details.topics.join(", "),
    editableUntil: formatDay(details.editableUntil),
    matchingDeadlineOn: formatDay(edition.matchingDeadlineOn),
    url: appUrl("/sollicitud", person.locale),
  };
  return enqueueEmail(tx, {
    template: "application-received",
    to: person.email,
    toUserId: person.id,
    subject: applicationReceivedSubject(props),
    element: createElement(ApplicationReceivedEmail, props),
    payload: { applicationId: details.applicationId },
  });
}

export function sendLateApplicationAllowedEmail(tx: Tx, person: Person, edition: Edition) {
  const props = {
    name: person.name ?? person.email,
    editionName: edition.name,
    url: appUrl("/sollicitud", person.locale),
  };
  return enqueueEmail(tx, {
    template: "late-application-allowed",
    to: person.email,
    toUserId: person.id,
    subject: lateApplicationAllowedSubject(props),
    element: createElement(LateApplicationAllowedEmail, props),
    payload: { editionId: edition.id },
  });
}

export function sendOfferConfirmedEmail(
  tx: Tx,
  person: Person,
  edition: Edition,
  offer: { id: string; capacity: number; topics: string[] },
) {
  const props = {
    name: person.name ?? person.email,
    editionName: edition.name,
    capacity: offer.capacity,
    topics: offer.topics.join(", "),
    editableUntil: formatDay(edition.matchingDeadlineOn),
    url: appUrl("/disponibilitat", person.locale),
  };
  return enqueueEmail(tx, {
    template: "offer-confirmed",
    to: person.email,
    toUserId: person.id,
    subject: offerConfirmedSubject(props),
    element: createElement(OfferConfirmedEmail, props),
    payload: { offerId: offer.id },
  });
}
