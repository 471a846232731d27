import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError, notFound } from "@/lib/errors";
import { editionData, editionSchema, type EditionInput } from "./schema";

const yearTaken = () =>
  new AppError("Ja hi ha una convocatòria per a aquest any.", { year: ["Ja hi ha una convocatòria per a aquest any."] }, "conflict");

export async function createEdition(actor: Viewer | null, input: EditionInput) {
  assertPermission(actor, "programme:manage");
  const values = editionSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const edition = await tx.edition.create({ data: editionData(values), select: { id: true } });
      await recordAuditEvent(tx, { actorId: actor.id, action: "edition.created", entityType: "Edition", entityId: edition.id, data: { ...values } });
      return edition;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw yearTaken();
    throw error;
  }
}

export async function updateEdition(actor: Viewer | null, editionId: string, input: EditionInput) {
  assertPermission(actor, "programme:manage");
  const values = editionSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const { count } = await tx.edition.updateMany({ where: { id: editionId }, data: editionData(values) });
      if (count === 0) throw notFound();
      await recordAuditEvent(tx, { actorId: actor.id, action: "edition.updated", entityType: "Edition", entityId: editionId, data: { ...values } });
      return { id: editionId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw yearTaken();
    throw error;
  }
}

/** Makes this edition the one current edition (the others stop being current). */
export async function setCurrentEdition(actor: Viewer | null, editionId: string) {
  assertPermission(actor, "programme:manage");
  return prisma.$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id: editionId }, select: { id: true, phase: true } });
    if (!edition) throw notFound();
    if (edition.phase === "CLOSED") throw new AppError("Una convocatòria tancada no pot passar a ser la convocatòria en curs.");
    await tx.edition.updateMany({ where: { isCurrent: true, NOT: { id: editionId } }, data: { isCurrent: null } });
    await tx.edition.update({ where: { id: editionId }, data: { isCurrent: true } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "edition.made_current", entityType: "Edition", entityId: editionId });
    return { id: editionId };
  });
}
