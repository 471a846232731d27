import "server-only";
import { assertPermission, assertSignedIn } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { sendLateApplicationAllowedEmail } from "@/lib/email/senders/september";
import { conflict, invalid, notFound } from "@/lib/errors";
import { normaliseEmail } from "@/lib/auth/email-address";

/** The applicant withdraws their application, unless a mentor has already been proposed or accepted. */
export async function withdrawApplication(actor: Viewer | null, applicationId: string, now = new Date()) {
  assertSignedIn(actor);
  return prisma.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, applicantId: actor.id, live: true },
      select: { id: true, proposals: { where: { live: true }, select: { id: true } } },
    });
    if (!application) throw notFound();
    if (application.proposals.length) {
      throw conflict({ key: "manageApplication.propostaMentoriaSollicitudRetirar" });
    }
    const { count } = await tx.application.updateMany({
      where: { id: applicationId, live: true },
      data: { status: "WITHDRAWN", live: null, withdrawnAt: now },
    });
    if (!count) throw conflict({ key: "manageApplication.sollicitudEstavaRetirada" });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "application.withdrawn",
      entityType: "Application",
      entityId: applicationId,
    });
    return { id: applicationId };
  });
}

/**
 * The secretariat lets a person apply after the closing date: their live application (or a new
 * draft) is marked as accepted late, and they are told by email.
 */
/**
 * The secretariat lets one person apply after the deadline. The person is named by id or, from
 * the form, by their email address (a select of every technician would not scale).
 */
export async function allowLateApplication(
  actor: Viewer | null,
  input: { editionId: string } & ({ personId: string } | { email: string }),
  now = new Date(),
) {
  assertPermission(actor, "programme:manage");
  try {
    return await prisma.$transaction(async (tx) => {
      const edition = await tx.edition.findUnique({ where: { id: input.editionId } });
      if (!edition) throw notFound();
      if (edition.phase !== "APPLICATIONS" && edition.phase !== "MATCHING") {
        throw invalid({ key: "manageApplication.nomesPodenAcceptarSollicituds" });
      }
      const byEmail = "email" in input;
      const person = await tx.user.findFirst({
        where: {
          ...(byEmail ? { email: normaliseEmail(input.email) } : { id: input.personId }),
          role: "TECHNICIAN",
          deactivatedAt: null,
          erasedAt: null,
        },
        select: { id: true, email: true, name: true, locale: true, municipalityId: true },
      });
      if (!person && byEmail) {
        throw invalid(
          { key: "manageApplication.reviseuAdreca" },
          { email: [{ key: "manageApplication.personaTecnicaActivaAdreca" }] },
        );
      }
      if (!person) throw notFound();
      if (!person.municipalityId) throw invalid({ key: "manageApplication.personaEncaraCompletatPerfil" });
      const existing = await tx.application.findFirst({
        where: { editionId: edition.id, applicantId: person.id, live: true },
      });
      const application = existing
        ? await tx.application.update({
            where: { id: existing.id },
            data: { lateAcceptedAt: now },
            select: { id: true },
          })
        : await tx.application.create({
            data: {
              editionId: edition.id,
              applicantId: person.id,
              municipalityId: person.municipalityId,
              lateAcceptedAt: now,
            },
            select: { id: true },
          });
      await sendLateApplicationAllowedEmail(tx, person, edition);
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "application.late_accepted",
        entityType: "Application",
        entityId: application.id,
      });
      return application;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict({ key: "manageApplication.personaTeSollicitudCurs" });
    throw error;
  }
}
