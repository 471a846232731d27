import "server-only";
import { z } from "@/lib/zod";
import { assertSignedIn } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { endOfMadridDay } from "@/lib/dates";
import { sendApplicationReceivedEmail } from "@/lib/email/senders/september";
import { conflict, forbidden, invalid, type MessageRef } from "@/lib/errors";
import type { Edition } from "@/lib/generated/prisma/client";
import {
  applicationDraftSchema,
  applicationSubmitSchema,
  type ApplicationInput,
  type ApplicationValues,
} from "./schema";
import { applicationWindow, closedMessage, lateApplicationOpen } from "./window";

export type SaveMode = "draft" | "submit";

/**
 * Saves the person's one live application of the current edition, as a draft or submitted.
 * Allowed while applications are open (until 23:59 of the closing day), or later when the
 * secretariat accepted a late application. A submitted application stays submitted: later
 * saves must pass the full validation. The first submission sends the confirmation email.
 */
export async function saveApplication(
  actor: Viewer | null,
  input: { mode: SaveMode; values: ApplicationInput },
  now = new Date(),
) {
  assertSignedIn(actor);
  if (actor.role !== "TECHNICIAN") throw forbidden();
  const person = await prisma.user.findUniqueOrThrow({ where: { id: actor.id } });
  if (person.approvalStatus !== "APPROVED") {
    throw forbidden({ key: "saveApplication.vostreCompteEncaraEsta" });
  }
  if (!person.municipalityId) throw forbidden({ key: "saveApplication.completeuPrimerVostrePerfil" });
  const edition = await prisma.edition.findFirst({ where: { isCurrent: true } });
  if (!edition) throw invalid({ key: "common.noCurrentEdition" });

  const existing = await prisma.application.findFirst({
    where: { editionId: edition.id, applicantId: actor.id, live: true },
    select: {
      id: true,
      status: true,
      lateAcceptedAt: true,
      _count: { select: { proposals: { where: { live: true } } } },
    },
  });
  if (existing?._count.proposals) {
    throw conflict({ key: "saveApplication.sollicitudTePropostaMentoria" });
  }
  const window = applicationWindow(edition, now);
  if (window !== "open" && !lateApplicationOpen(edition, existing)) throw forbidden(closedMessage(edition, window));

  const submitting = input.mode === "submit" || existing?.status === "SUBMITTED";
  const values = (submitting ? applicationSubmitSchema : applicationDraftSchema).parse(input.values);

  try {
    return await prisma.$transaction(async (tx) => {
      await assertChoicesExist(tx, edition, actor.id, values);
      const data = {
        municipalitySize: values.municipalitySize,
        policyStage: values.policyStage,
        currentPolicy: values.currentPolicy || null,
        hasPlan: values.hasPlan,
        planDetails: values.planDetails || null,
        budget: values.budget || null,
        team: values.team || null,
        goals: values.goals || null,
        availability: values.availability || null,
        preferredFormat: values.preferredFormat,
      };
      const needs = values.needs
        .filter((n) => n.topicId)
        .map((n) => ({ topicId: n.topicId, description: n.description, priority: n.priority }));
      const preferredMentors = values.preferredMentorIds.map((mentorId, rank) => ({ mentorId, rank }));
      const firstSubmission = submitting && existing?.status !== "SUBMITTED";
      const submission = firstSubmission
        ? {
            status: "SUBMITTED" as const,
            submittedAt: now,
            commitmentsAcceptedAt: now,
            municipalityId: person.municipalityId!,
          }
        : {};
      let applicationId: string;
      if (existing) {
        // Only a row still live and in the state we read is changed: a withdrawal or a second
        // submission in between (double click, two tabs) finds nothing to update.
        const { count } = await tx.application.updateMany({
          where: { id: existing.id, live: true, status: existing.status },
          data: { ...data, ...submission },
        });
        if (!count) throw conflict({ key: "saveApplication.sollicitudCanviatMentrestantTorneu" });
        await tx.applicationNeed.deleteMany({ where: { applicationId: existing.id } });
        await tx.applicationPreferredMentor.deleteMany({ where: { applicationId: existing.id } });
        await tx.applicationNeed.createMany({ data: needs.map((n) => ({ ...n, applicationId: existing.id })) });
        await tx.applicationPreferredMentor.createMany({
          data: preferredMentors.map((m) => ({ ...m, applicationId: existing.id })),
        });
        applicationId = existing.id;
      } else {
        const created = await tx.application.create({
          data: {
            ...data,
            ...submission,
            editionId: edition.id,
            applicantId: actor.id,
            municipalityId: person.municipalityId!,
            needs: { create: needs },
            preferredMentors: { create: preferredMentors },
          },
          select: { id: true },
        });
        applicationId = created.id;
      }
      if (firstSubmission) {
        const [municipality, topics] = await Promise.all([
          tx.municipality.findUniqueOrThrow({ where: { id: person.municipalityId! }, select: { name: true } }),
          tx.topic.findMany({ where: { id: { in: values.needs.map((n) => n.topicId) } }, select: { name: true } }),
        ]);
        await sendApplicationReceivedEmail(tx, person, edition, {
          applicationId,
          municipality: municipality.name,
          topics: topics.map((t) => t.name),
          editableUntil: edition.applicationsCloseOn,
        });
      }
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: firstSubmission ? "application.submitted" : existing ? "application.updated" : "application.created",
        entityType: "Application",
        entityId: applicationId,
      });
      return {
        id: applicationId,
        status: submitting ? ("SUBMITTED" as const) : ("DRAFT" as const),
        justSubmitted: firstSubmission,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict({ key: "saveApplication.teniuSollicitudConvocatoriaTorneu" });
    }
    throw error;
  }
}

/** Topics must be active ones; preferred mentors must offer availability in this edition. */
async function assertChoicesExist(tx: Tx, edition: Edition, applicantId: string, values: ApplicationValues) {
  const topicIds = [...new Set(values.needs.map((n) => n.topicId).filter(Boolean))];
  const topics = await tx.topic.findMany({ where: { id: { in: topicIds }, active: true }, select: { id: true } });
  const known = new Set(topics.map((t) => t.id));
  const fieldErrors: Record<string, MessageRef[]> = {};
  values.needs.forEach((need, i) => {
    if (need.topicId && !known.has(need.topicId))
      fieldErrors[`needs.${i}.topicId`] = [{ key: "saveApplication.unknownTopic" }];
  });
  if (values.preferredMentorIds.length) {
    const offers = await tx.mentorOffer.findMany({
      where: { editionId: edition.id, status: "ACTIVE", mentorId: { in: values.preferredMentorIds, not: applicantId } },
      select: { mentorId: true },
    });
    if (offers.length !== new Set(values.preferredMentorIds).size) {
      fieldErrors.preferredMentorIds = [{ key: "saveApplication.unknownMentor" }];
    }
  }
  if (Object.keys(fieldErrors).length) throw invalid({ key: "invalidInput" }, fieldErrors);
}

export const saveApplicationInputSchema = z.object({ mode: z.enum(["draft", "submit"]), values: z.unknown() });

/** Until when the person may still change a submitted application. */
export function editableUntil(edition: Pick<Edition, "applicationsCloseOn">) {
  return endOfMadridDay(edition.applicationsCloseOn);
}
