import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import { createMagicLink, expiresIn } from "@/lib/auth/magic-link";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { sendApprovalDecisionEmail } from "@/lib/email/senders/people";
import { sendSignInLinkEmail } from "@/lib/email/senders/sign-in-link";
import { env } from "@/lib/env";
import { AppError, conflict, invalid, notFound } from "@/lib/errors";
import { inviteSchema, personUpdateSchema, type InviteInput, type PersonUpdateInput } from "./schema";

const emailTaken = () =>
  new AppError(
    { key: "managePeople.personaAdreca" },
    { email: [{ key: "managePeople.personaRegistradaAdreca" }] },
    "conflict",
  );

export async function assertActiveMunicipality(tx: Tx, municipalityId: string | null, field = "municipalityId") {
  if (!municipalityId) return;
  const found = await tx.municipality.findFirst({ where: { id: municipalityId, active: true }, select: { id: true } });
  if (!found)
    throw invalid(
      { key: "invalidInput" },
      {
        [field]: [{ key: "managePeople.trieuMunicipiLlistaMunicipis" }],
      },
    );
}

/** Creates the person and emails them an invitation with a sign-in link (valid for days). */
export async function invitePerson(actor: Viewer | null, input: InviteInput) {
  assertPermission(actor, "people:manage");
  const values = inviteSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      await assertActiveMunicipality(tx, values.municipalityId);
      const person = await tx.user.create({
        data: {
          email: values.email,
          name: values.name,
          position: values.position ?? null,
          role: values.kind === "SECRETARIAT" ? "SECRETARIAT" : "TECHNICIAN",
          isMentor: values.kind === "MENTOR",
          municipalityId: values.municipalityId,
          locale: values.locale,
        },
        select: { id: true, email: true },
      });
      const maxAgeSeconds = env().INVITATION_MAX_AGE_DAYS * 86_400;
      const openForOffers =
        values.kind === "MENTOR"
          ? await tx.edition.findFirst({
              where: { isCurrent: true, phase: { in: ["APPLICATIONS", "MATCHING"] } },
              select: { name: true },
            })
          : null;
      const link = await createMagicLink(tx, {
        email: person.email,
        locale: values.locale,
        maxAgeSeconds,
        next: `/${values.locale}/perfil`,
      });
      await sendSignInLinkEmail(tx, {
        to: person.email,
        userId: person.id,
        url: link.url,
        expires: link.expires,
        expiresIn: expiresIn(maxAgeSeconds),
        purpose: "invitation",
        locale: values.locale,
        inviterName: actor.name,
        invitedAs: values.kind,
        availabilityEdition: openForOffers?.name ?? null,
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "person.invited",
        entityType: "User",
        entityId: person.id,
        data: { kind: values.kind },
      });
      return { id: person.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

export async function updatePerson(actor: Viewer | null, personId: string, input: PersonUpdateInput) {
  assertPermission(actor, "people:manage");
  const values = personUpdateSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: personId, erasedAt: null }, select: { role: true } });
    if (!before) throw notFound();
    await assertActiveMunicipalityOrUnchanged(tx, personId, values.municipalityId);
    if (before.role === "SECRETARIAT" && values.role !== "SECRETARIAT") await assertAnotherSecretariat(tx, personId);
    // Counted as a mentor, a person's request to become one is answered.
    await tx.user.update({
      where: { id: personId },
      data: { ...values, ...(values.isMentor ? { wantsToMentor: false } : {}) },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: before.role !== values.role ? "person.role_changed" : "person.updated",
      entityType: "User",
      entityId: personId,
      data: { ...values, previousRole: before.role },
    });
    return { id: personId };
  });
}

/** Deactivating ends the person's sessions at once; their records stay. */
export async function setPersonActive(actor: Viewer | null, personId: string, active: boolean) {
  assertPermission(actor, "people:manage");
  if (!active && personId === actor.id) throw invalid({ key: "managePeople.podeuDesactivarVostrePropi" });
  return prisma.$transaction(async (tx) => {
    const person = await tx.user.findFirst({
      where: { id: personId, erasedAt: null },
      select: { role: true, deactivatedAt: true },
    });
    if (!person) throw notFound();
    if (!active && person.role === "SECRETARIAT") await assertAnotherSecretariat(tx, personId);
    const { count } = await tx.user.updateMany({
      where: { id: personId, deactivatedAt: active ? { not: null } : null },
      data: { deactivatedAt: active ? null : new Date() },
    });
    if (!count)
      throw conflict(active ? { key: "managePeople.alreadyActive" } : { key: "managePeople.personaEstaDesactivada" });
    if (!active) await tx.session.deleteMany({ where: { userId: personId } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: active ? "person.reactivated" : "person.deactivated",
      entityType: "User",
      entityId: personId,
    });
    return { id: personId, active };
  });
}

/** Clears a bounced or complained address (after the secretariat checked it): reminders go to it again. */
export async function clearEmailProblem(actor: Viewer | null, personId: string) {
  assertPermission(actor, "people:manage");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: personId, erasedAt: null, emailProblem: { not: null } },
      data: { emailProblem: null, emailProblemAt: null },
    });
    if (!count) throw conflict({ key: "managePeople.adrecaPersonaTeAvis" });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "person.email_problem_cleared",
      entityType: "User",
      entityId: personId,
    });
    return { id: personId };
  });
}

/** Approves or rejects a registration that waited for the secretariat; the person is told. */
export async function decideRegistration(actor: Viewer | null, personId: string, approve: boolean) {
  assertPermission(actor, "people:manage");
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: personId, approvalStatus: "PENDING", erasedAt: null },
      data: { approvalStatus: approve ? "APPROVED" : "REJECTED" },
    });
    if (!count) throw conflict({ key: "managePeople.registreEstaPendentValidacio" });
    const person = await tx.user.findUniqueOrThrow({
      where: { id: personId },
      select: { id: true, email: true, name: true, locale: true },
    });
    await sendApprovalDecisionEmail(tx, person, approve);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: approve ? "person.approved" : "person.rejected",
      entityType: "User",
      entityId: personId,
    });
    return { id: personId };
  });
}

/** A secretariat member is not deactivated, demoted or erased when no other active one would remain. */
export async function assertAnotherSecretariat(tx: Tx, personId: string) {
  const others = await tx.user.count({
    where: { role: "SECRETARIAT", deactivatedAt: null, erasedAt: null, NOT: { id: personId } },
  });
  if (!others) throw conflict({ key: "managePeople.quedarAlmenysPersonaActiva" });
}

async function assertActiveMunicipalityOrUnchanged(tx: Tx, personId: string, municipalityId: string | null) {
  const current = await tx.user.findUnique({ where: { id: personId }, select: { municipalityId: true } });
  if (current?.municipalityId === municipalityId) return;
  await assertActiveMunicipality(tx, municipalityId);
}
