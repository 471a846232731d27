import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { conflict, invalid, notFound } from "@/lib/errors";
import { assertAnotherSecretariat } from "@/lib/people/manage-people";

const ERASED = "(dada esborrada)";

/**
 * The secretariat erases a person: every personal column (lib/privacy/personal-data.ts) is
 * cleared or anonymised, sessions end, and the history (applications, mentorships, figures)
 * stays without identity. Irreversible.
 */
export async function erasePerson(actor: Viewer | null, personId: string, now = new Date()) {
  assertPermission(actor, "people:manage");
  if (personId === actor.id) throw invalid({ key: "erase.podeuEsborrarVostresPropies" });
  return prisma.$transaction(
    async (tx) => {
      const person = await tx.user.findUnique({ where: { id: personId } });
      if (!person) throw notFound();
      if (person.erasedAt) throw conflict({ key: "erase.dadesPersonaEstanEsborrades" });
      if (person.role === "SECRETARIAT") await assertAnotherSecretariat(tx, personId);
      const anonymous = `esborrada-${person.id}@esborrat.invalid`;
      const identifiers = [person.email, person.name, person.phone].filter((v): v is string =>
        Boolean(v && v.length >= 3),
      );

      await tx.session.deleteMany({ where: { userId: personId } });
      await tx.account.deleteMany({ where: { userId: personId } });
      await tx.verificationToken.deleteMany({ where: { identifier: person.email } });
      await tx.mentorOffer.updateMany({
        where: { mentorId: personId },
        data: { experience: ERASED, travelArea: null, notes: null },
      });
      await tx.application.updateMany({ where: { applicantId: personId }, data: { availability: null } });
      await tx.proposal.updateMany({ where: { mentorId: personId }, data: { declineReason: null } });
      await tx.mentorship.updateMany({ where: { cancelledById: personId }, data: { cancelReason: ERASED } });
      await tx.mentorship.updateMany({
        where: { OR: [{ mentorId: personId }, { menteeId: personId }], closingReason: { not: null } },
        data: { closingReason: ERASED },
      });
      await tx.meeting.updateMany({
        where: { loggedById: personId },
        data: { place: null, summary: null, cancelReason: null },
      });
      await tx.extension.updateMany({ where: { proposedById: personId }, data: { reason: ERASED } });
      await tx.communication.updateMany({ where: { senderId: personId }, data: { subject: ERASED } });
      await tx.communicationMessage.updateMany({ where: { authorId: personId }, data: { body: ERASED } });
      await tx.evaluation.updateMany({ where: { authorId: personId }, data: { comments: null } });
      await tx.$executeRaw`UPDATE "AuditEvent" SET data = NULL WHERE "actorId" = ${personId} OR ("entityType" = 'User' AND "entityId" = ${personId})`;

      // Emails to the person, and emails to others that name them (e.g. to the secretariat).
      await tx.emailMessage.updateMany({
        where: { OR: [{ toUserId: personId }, { toEmail: person.email }] },
        data: { toEmail: anonymous, subject: ERASED, html: "", text: "" },
      });
      await tx.$executeRaw`UPDATE "EmailMessage" SET headers = NULL, attachments = NULL, payload = NULL WHERE "toEmail" = ${anonymous}`;
      await tx.$executeRaw`UPDATE "MailboxMessage" SET "to" = ${anonymous}, subject = ${ERASED}, html = '', text = '', headers = NULL, attachments = NULL WHERE "to" = ${person.email}`;
      for (const value of identifiers) {
        const pattern = `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        await tx.$executeRaw`
          UPDATE "EmailMessage" SET subject = replace(subject, ${value}, '(persona esborrada)'), html = '', text = '', payload = NULL, headers = NULL, attachments = NULL
           WHERE subject ILIKE ${pattern} OR html ILIKE ${pattern} OR text ILIKE ${pattern} OR payload::text ILIKE ${pattern} OR headers::text ILIKE ${pattern}`;
        await tx.$executeRaw`
          UPDATE "MailboxMessage" SET subject = replace(subject, ${value}, '(persona esborrada)'), html = '', text = '', headers = NULL, attachments = NULL
           WHERE subject ILIKE ${pattern} OR html ILIKE ${pattern} OR text ILIKE ${pattern} OR "to" ILIKE ${pattern}`;
      }

      await tx.user.update({
        where: { id: personId },
        data: {
          email: anonymous,
          name: null,
          image: null,
          position: null,
          phone: null,
          municipalityId: null,
          emailVerified: null,
          emailProblem: null,
          emailProblemAt: null,
          isMentor: false,
          wantsToMentor: false,
          remindersOptOut: true,
          deactivatedAt: person.deactivatedAt ?? now,
          erasedAt: now,
        },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "person.erased",
        entityType: "User",
        entityId: personId,
      });
      return { id: personId };
    },
    { timeout: 60_000 },
  );
}
