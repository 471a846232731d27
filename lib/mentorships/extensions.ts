import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { day } from "@/lib/dates";
import { sendExtensionAnswered, sendExtensionProposed } from "@/lib/email/senders/mentorship";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { assertOpen, partyAccess } from "./access";
import { recordMentorshipEvent } from "./audit";
import { endDateLimit } from "./rules";
import { answerExtensionSchema, extensionSchema, type ExtensionInput } from "./schema";
import { effectiveStart } from "./period";

const person = { select: { id: true, email: true, name: true, locale: true } } as const;

/** Either party proposes an end date beyond the limit, with a reason. It applies only if the other accepts. */
export async function proposeExtension(actor: Viewer | null, input: ExtensionInput) {
  const values = extensionSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { role, mentorship } = await partyAccess(tx, actor, values.mentorshipId);
    assertOpen(mentorship);
    if (mentorship.extensions.some((e) => e.status === "PENDING")) {
      throw conflict({ key: "extensions.propostaAmpliacioPendentResposta" });
    }
    const start = effectiveStart(mentorship, mentorship.edition);
    const limit = endDateLimit(
      start,
      mentorship.edition,
      mentorship.extensions.filter((e) => e.status === "ACCEPTED"),
    );
    const newEndOn = day(values.newEndOn);
    if (newEndOn <= limit) {
      throw invalid(
        { key: "invalidInput" },
        {
          newEndOn: [{ key: "extensions.notBeyondLimit", values: { date: limit } }],
        },
      );
    }
    const extension = await tx.extension.create({
      data: { mentorshipId: mentorship.id, newEndOn, reason: values.reason, proposedById: actor!.id },
    });
    const other = await tx.user.findUniqueOrThrow({
      where: { id: role === "MENTOR" ? mentorship.menteeId : mentorship.mentorId },
      ...person,
    });
    await sendExtensionProposed(tx, other, {
      mentorshipId: mentorship.id,
      by: actor!.name ?? actor!.email,
      newEndOn,
      reason: values.reason,
    });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, "extension_proposed", {
      extensionId: extension.id,
      newEndOn: values.newEndOn,
    });
    return { id: extension.id };
  });
}

/** The other party accepts or declines explicitly; an accepted extension sets the new end date and the secretariat is told. */
export async function answerExtension(
  actor: Viewer | null,
  input: { extensionId: string; accept: boolean },
  now = new Date(),
) {
  const values = answerExtensionSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const extension = await tx.extension.findUnique({ where: { id: values.extensionId } });
    if (!extension) throw notFound();
    const { mentorship } = await partyAccess(tx, actor, extension.mentorshipId);
    assertOpen(mentorship);
    if (extension.proposedById === actor!.id) throw forbidden({ key: "extensions.ampliacioAcceptarAltraPart" });
    const { count } = await tx.extension.updateMany({
      where: { id: extension.id, status: "PENDING" },
      data: { status: values.accept ? "ACCEPTED" : "DECLINED", respondedById: actor!.id, respondedAt: now },
    });
    if (!count) throw conflict({ key: "extensions.propostaAmpliacioRespost" });
    if (values.accept) {
      await tx.mentorship.update({ where: { id: mentorship.id }, data: { endOn: extension.newEndOn } });
      if (mentorship.agreement)
        await tx.agreement.update({ where: { id: mentorship.agreement.id }, data: { endOn: extension.newEndOn } });
    }
    const proposer = await tx.user.findUniqueOrThrow({ where: { id: extension.proposedById }, ...person });
    await sendExtensionAnswered(tx, {
      mentorshipId: mentorship.id,
      proposer,
      answeredBy: actor!.name ?? actor!.email,
      accepted: values.accept,
      newEndOn: extension.newEndOn,
    });
    await recordMentorshipEvent(
      tx,
      actor!.id,
      mentorship.id,
      values.accept ? "extension_accepted" : "extension_declined",
      { extensionId: extension.id },
    );
    return { id: extension.id };
  });
}
