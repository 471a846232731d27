import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError, conflict, notFound } from "@/lib/errors";
import { slugify, topicSchema, type TopicInput } from "./schema";

const nameTaken = () =>
  new AppError({ key: "manageTopics.ambitNom" }, { name: [{ key: "manageTopics.ambitNom" }] }, "conflict");

export async function createTopic(actor: Viewer | null, input: TopicInput) {
  assertPermission(actor, "programme:manage");
  const values = topicSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const topic = await tx.topic.create({ data: { ...values, slug: slugify(values.name) }, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "topic.created",
        entityType: "Topic",
        entityId: topic.id,
        data: values,
      });
      return topic;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

/** Renaming keeps the slug, so records that use the topic are unaffected. */
export async function updateTopic(actor: Viewer | null, id: string, input: TopicInput) {
  assertPermission(actor, "programme:manage");
  const values = topicSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const { count } = await tx.topic.updateMany({ where: { id }, data: values });
      if (!count) throw notFound();
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "topic.updated",
        entityType: "Topic",
        entityId: id,
        data: values,
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

/** A deactivated topic is no longer offered in forms; records that use it keep it. */
export async function setTopicActive(actor: Viewer | null, id: string, active: boolean) {
  assertPermission(actor, "programme:manage");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.topic.updateMany({ where: { id, active: !active }, data: { active } });
    if (!count)
      throw conflict(active ? { key: "manageTopics.alreadyActive" } : { key: "manageTopics.ambitEstaDesactivat" });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: active ? "topic.reactivated" : "topic.deactivated",
      entityType: "Topic",
      entityId: id,
    });
    return { id, active };
  });
}

export function listTopics({ activeOnly = false } = {}) {
  return prisma.topic.findMany({
    where: activeOnly ? { active: true } : undefined,
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, active: true, sortOrder: true },
  });
}
