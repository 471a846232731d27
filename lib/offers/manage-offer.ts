import "server-only";
import { assertSignedIn } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { sendOfferConfirmedEmail } from "@/lib/email/senders/september";
import { conflict, forbidden, invalid } from "@/lib/errors";
import type { Edition } from "@/lib/generated/prisma/client";
import { offerSchema, type OfferInput } from "./schema";

/** A mentor can state or change their availability from the opening of applications to the end of matching. */
export function offerEditable(edition: Pick<Edition, "phase">) {
  return edition.phase === "APPLICATIONS" || edition.phase === "MATCHING";
}

async function mentorAndEdition(actor: Viewer) {
  const person = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (person.role !== "TECHNICIAN" || !person.isMentor || person.approvalStatus !== "APPROVED") throw forbidden();
  const edition = await prisma.edition.findFirst({ where: { isCurrent: true } });
  if (!edition) throw invalid({ key: "common.noCurrentEdition" });
  if (!offerEditable(edition)) {
    throw forbidden(
      edition.phase === "DRAFT"
        ? { key: "manageOffer.convocatoriaEncaraObertInscripcions" }
        : { key: "manageOffer.matchingConvocatoriaAcabatDisponibilitat" },
    );
  }
  return { person, edition };
}

/** Saves the mentor's availability for the current edition; the first confirmation is acknowledged by email. */
export async function saveOffer(actor: Viewer | null, input: OfferInput, now = new Date()) {
  assertSignedIn(actor);
  const values = offerSchema.parse(input);
  const { person, edition } = await mentorAndEdition(actor);
  return prisma.$transaction(async (tx) => {
    const topics = await tx.topic.findMany({
      where: { id: { in: values.topicIds }, active: true },
      select: { id: true, name: true },
    });
    if (topics.length !== new Set(values.topicIds).size) {
      throw invalid({ key: "invalidInput" }, { topicIds: [{ key: "common.chooseTopics" }] });
    }
    const committed = await tx.proposal.count({ where: { editionId: edition.id, mentorId: actor.id, live: true } });
    if (values.capacity < committed) {
      throw invalid(
        { key: "invalidInput" },
        {
          capacity: [{ key: "manageOffer.capacityBelowCommitted", values: { count: committed } }],
        },
      );
    }
    const before = await tx.mentorOffer.findUnique({
      where: { editionId_mentorId: { editionId: edition.id, mentorId: actor.id } },
    });
    const data = {
      capacity: values.capacity,
      experience: values.experience,
      preferredFormat: values.preferredFormat,
      travelArea: values.travelArea,
      notes: values.notes,
      status: "ACTIVE" as const,
      withdrawnAt: null,
      topics: { set: topics.map((t) => ({ id: t.id })) },
    };
    const offer = before
      ? await tx.mentorOffer.update({
          where: { id: before.id },
          data: { ...data, ...(before.status === "WITHDRAWN" ? { confirmedAt: now } : {}) },
          select: { id: true },
        })
      : await tx.mentorOffer.create({
          data: {
            ...data,
            editionId: edition.id,
            mentorId: actor.id,
            confirmedAt: now,
            topics: { connect: topics.map((t) => ({ id: t.id })) },
          },
          select: { id: true },
        });
    const confirmed = !before || before.status === "WITHDRAWN";
    if (confirmed) {
      await sendOfferConfirmedEmail(tx, person, edition, {
        id: offer.id,
        capacity: values.capacity,
        topics: topics.map((t) => t.name),
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: confirmed ? "offer.confirmed" : "offer.updated",
      entityType: "MentorOffer",
      entityId: offer.id,
      data: { capacity: values.capacity, topicIds: values.topicIds },
    });
    return offer;
  });
}

/** Withdraws the availability while no proposal is pending or accepted. */
export async function withdrawOffer(actor: Viewer | null, now = new Date()) {
  assertSignedIn(actor);
  const { edition } = await mentorAndEdition(actor);
  return prisma.$transaction(async (tx) => {
    const offer = await tx.mentorOffer.findUnique({
      where: { editionId_mentorId: { editionId: edition.id, mentorId: actor.id } },
    });
    if (!offer || offer.status !== "ACTIVE")
      throw conflict({ key: "manageOffer.teniuDisponibilitatActivaConvocatoria" });
    const live = await tx.proposal.count({ where: { editionId: edition.id, mentorId: actor.id, live: true } });
    if (live) {
      throw conflict({ key: "manageOffer.teniuPropostesMentoriaPendents" });
    }
    await tx.mentorOffer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN", withdrawnAt: now } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "offer.withdrawn",
      entityType: "MentorOffer",
      entityId: offer.id,
    });
    return { id: offer.id };
  });
}
