import "server-only";
import { sortable } from "@/lib/sorting";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertPermission, assertSignedIn } from "@/lib/auth/assert";
import { can } from "@/lib/auth/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { sendCommunicationAnswered, sendCommunicationReceived } from "@/lib/email/senders/mentorship";
import { notFound } from "@/lib/errors";
import type { CommunicationStatus } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/zod";
import { partyAccess } from "./access";
import { assertMayWriteToSecretariat } from "./communication-limits";
import { recordMentorshipEvent } from "./audit";
import { communicationSchema, replySchema, type CommunicationInput } from "./schema";

/**
 * A party tells the secretariat about an incident, the agreed end date or anything relevant.
 * Only approved people with a completed profile write to the secretariat, and each at most
 * COMMUNICATIONS_PER_DAY messages a day (lib/mentorships/communication-limits.ts).
 */
export async function sendCommunication(actor: Viewer | null, input: CommunicationInput, now = new Date()) {
  assertSignedIn(actor);
  const values = communicationSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    await assertMayWriteToSecretariat(tx, actor, now);
    if (values.mentorshipId) await partyAccess(tx, actor, values.mentorshipId);
    const communication = await tx.communication.create({
      data: {
        mentorshipId: values.mentorshipId,
        senderId: actor.id,
        kind: values.kind,
        subject: values.subject,
        messages: { create: { authorId: actor.id, body: values.body } },
      },
    });
    await sendCommunicationReceived(tx, {
      communicationId: communication.id,
      from: actor.name ?? actor.email,
      kind: values.kind,
      subject: values.subject,
      body: values.body,
    });
    if (values.mentorshipId)
      await recordMentorshipEvent(tx, actor.id, values.mentorshipId, "communication_sent", {
        communicationId: communication.id,
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "communication.sent",
      entityType: "Communication",
      entityId: communication.id,
    });
    return { id: communication.id };
  });
}

/**
 * A message on a communication: the secretariat's reply (emailed to the sender; marks it
 * answered, or closed) or the sender's follow-up (opens it again and tells the secretariat).
 */
export async function replyToCommunication(actor: Viewer | null, input: z.input<typeof replySchema>, now = new Date()) {
  assertSignedIn(actor);
  const values = replySchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const communication = await tx.communication.findUnique({
      where: { id: values.communicationId },
      include: { sender: { select: { id: true, email: true, name: true, locale: true } } },
    });
    const secretariat = can(actor, "mentorship:oversee");
    if (!communication || (!secretariat && communication.senderId !== actor.id)) throw notFound();
    if (!secretariat) await assertMayWriteToSecretariat(tx, actor, now);
    await tx.communicationMessage.create({
      data: { communicationId: communication.id, authorId: actor.id, body: values.body },
    });
    const status: CommunicationStatus = secretariat ? (values.close ? "CLOSED" : "ANSWERED") : "OPEN";
    await tx.communication.update({ where: { id: communication.id }, data: { status } });
    if (secretariat) {
      await sendCommunicationAnswered(tx, communication.sender, {
        communicationId: communication.id,
        mentorshipId: communication.mentorshipId,
        subject: communication.subject,
        body: values.body,
      });
    } else {
      await sendCommunicationReceived(tx, {
        communicationId: communication.id,
        from: actor.name ?? actor.email,
        kind: communication.kind,
        subject: communication.subject,
        body: values.body,
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: secretariat ? "communication.answered" : "communication.followed_up",
      entityType: "Communication",
      entityId: communication.id,
    });
    return { id: communication.id, status };
  });
}

export async function setCommunicationStatus(
  actor: Viewer | null,
  input: { communicationId: string; status: CommunicationStatus },
) {
  assertPermission(actor, "mentorship:oversee");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.communication.updateMany({
      where: { id: input.communicationId },
      data: { status: input.status },
    });
    if (!count) throw notFound();
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "communication.status_changed",
      entityType: "Communication",
      entityId: input.communicationId,
      data: { status: input.status },
    });
    return { id: input.communicationId };
  });
}

/** The orders of the secretariat's communications (`?ordre=`); the last moved first by default. */
export const communicationsSort = sortable<Prisma.CommunicationOrderByWithRelationInput>(
  {
    assumpte: (d) => [{ subject: d }],
    de: (d) => [{ sender: { name: d } }, { updatedAt: "desc" }],
    tipus: (d) => [{ kind: d }, { updatedAt: "desc" }],
    estat: (d) => [{ status: d }, { updatedAt: "desc" }],
    moviment: (d) => [{ updatedAt: d }],
  },
  { key: "moviment", direction: "desc" },
  (d) => ({ id: d }),
);

export async function listCommunications(
  actor: Viewer | null,
  { status, ordre }: { status?: string; ordre?: string } = {},
) {
  assertPermission(actor, "mentorship:oversee");
  const sort = communicationsSort.read(ordre);
  const rows = await prisma.communication.findMany({
    where: status === "OPEN" || status === "ANSWERED" || status === "CLOSED" ? { status } : {},
    orderBy: communicationsSort.orderBy(sort),
    select: {
      id: true,
      kind: true,
      subject: true,
      status: true,
      updatedAt: true,
      sender: { select: { name: true, email: true, locale: true } },
      mentorshipId: true,
      _count: { select: { messages: true } },
    },
  });
  return { rows, sort };
}

/** A communication with its messages: for the secretariat, or for its sender. */
export async function getCommunication(actor: Viewer | null, id: string) {
  assertSignedIn(actor);
  const communication = await prisma.communication.findUnique({
    where: { id },
    include: {
      sender: { select: { id: true, name: true, email: true, locale: true } },
      messages: {
        orderBy: { createdAt: "asc" },
        include: { author: { select: { id: true, name: true, role: true, locale: true } } },
      },
      mentorship: { select: { id: true, mentor: { select: { name: true } }, mentee: { select: { name: true } } } },
    },
  });
  if (!communication || (!can(actor, "mentorship:oversee") && communication.senderId !== actor.id)) return null;
  return communication;
}
