import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError, invalid, notFound } from "@/lib/errors";
import { calendarImpact } from "./calendar-impact";
import { calendarFingerprint, editionData, editionSchema, type EditionInput } from "./schema";

const yearTaken = () =>
  new AppError({ key: "saveEdition.convocatoriaAny" }, { year: [{ key: "saveEdition.convocatoriaAny" }] }, "conflict");

export async function createEdition(actor: Viewer | null, input: EditionInput) {
  assertPermission(actor, "programme:manage");
  const values = editionSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const edition = await tx.edition.create({ data: editionData(values), select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "edition.created",
        entityType: "Edition",
        entityId: edition.id,
        data: { ...values },
      });
      return edition;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw yearTaken();
    throw error;
  }
}

/**
 * Saves the edition. A change of its calendar is first returned as a preview of what it moves
 * (lib/editions/calendar-impact.ts) and saved only when the secretariat confirms it.
 */
export async function updateEdition(
  actor: Viewer | null,
  editionId: string,
  input: EditionInput,
  { confirmCalendar = false } = {},
) {
  assertPermission(actor, "programme:manage");
  const values = editionSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const edition = await tx.edition.findUnique({ where: { id: editionId } });
      if (!edition) throw notFound();
      const data = editionData(values);
      const impact = await calendarImpact(tx, edition, data);
      if (impact && !confirmCalendar)
        return { id: editionId, saved: false as const, impact, calendar: calendarFingerprint(values) };
      await tx.edition.update({ where: { id: editionId }, data });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "edition.updated",
        entityType: "Edition",
        entityId: editionId,
        data: {
          ...values,
          ...(impact
            ? {
                calendar: impact.changes.map((c) => `${c.field}: ${c.from} → ${c.to}`),
                mentorshipsMoved: impact.following,
              }
            : {}),
        },
      });
      return { id: editionId, saved: true as const, impact, calendar: calendarFingerprint(values) };
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
    if (edition.phase === "CLOSED") throw invalid({ key: "saveEdition.convocatoriaTancadaPotPassar" });
    await tx.edition.updateMany({ where: { isCurrent: true, NOT: { id: editionId } }, data: { isCurrent: null } });
    await tx.edition.update({ where: { id: editionId }, data: { isCurrent: true } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "edition.made_current",
      entityType: "Edition",
      entityId: editionId,
    });
    return { id: editionId };
  });
}
