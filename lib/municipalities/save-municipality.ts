import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError, conflict, notFound } from "@/lib/errors";
import { municipalitySchema, type MunicipalityInput } from "./schema";

const nameTaken = () =>
  new AppError(
    { key: "saveMunicipality.municipiNom" },
    { name: [{ key: "saveMunicipality.municipiNom" }] },
    "conflict",
  );

export async function createMunicipality(actor: Viewer | null, input: MunicipalityInput) {
  assertPermission(actor, "people:manage");
  const data = municipalitySchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const row = await tx.municipality.create({ data, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "municipality.created",
        entityType: "Municipality",
        entityId: row.id,
        data,
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

export async function updateMunicipality(actor: Viewer | null, id: string, input: MunicipalityInput) {
  assertPermission(actor, "people:manage");
  const data = municipalitySchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const { count } = await tx.municipality.updateMany({ where: { id }, data });
      if (!count) throw notFound();
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "municipality.updated",
        entityType: "Municipality",
        entityId: id,
        data,
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}

/** Deactivated municipalities stay on existing records but are no longer offered in forms. */
export async function setMunicipalityActive(actor: Viewer | null, id: string, active: boolean) {
  assertPermission(actor, "people:manage");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.municipality.updateMany({ where: { id, active: !active }, data: { active } });
    if (!count)
      throw conflict(
        active ? { key: "saveMunicipality.alreadyActive" } : { key: "saveMunicipality.municipiEstaDesactivat" },
      );
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: active ? "municipality.reactivated" : "municipality.deactivated",
      entityType: "Municipality",
      entityId: id,
    });
    return { id, active };
  });
}
