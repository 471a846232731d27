import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma, type Tx } from "@/lib/db/client";
import { madridDay } from "@/lib/dates";
import { sendClosureRequests, sendCompletionProposed, sendMentorshipCancelled } from "@/lib/email/senders/mentorship";
import { conflict, invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { z } from "@/lib/zod";
import { assertOpen, mentorshipAccess, partyAccess } from "./access";
import { recordMentorshipEvent } from "./audit";
import { effectivePeriod } from "./period";
import { meetingCompliance } from "./rules";
import { cancelSchema, completionSchema, evaluationSchema, type EvaluationInput } from "./schema";

const person = { select: { id: true, email: true, name: true, locale: true } } as const;

/**
 * Moves a mentorship to CLOSING and asks each party for the evaluation (and the mentee for the
 * fitxa). Whether the edition's required meetings were held and confirmed within the pairing is
 * recorded then: a pair may close without them, and the figures say so.
 */
async function beginClosing(tx: Tx, mentorshipId: string, actorId: string | null, now: Date) {
  const current = await tx.mentorship.findUniqueOrThrow({
    where: { id: mentorshipId },
    select: {
      acceptedAt: true,
      agreedStartOn: true,
      endOn: true,
      edition: true,
      meetings: { select: { status: true, mode: true, confirmedAt: true, startsAt: true } },
    },
  });
  const met = meetingCompliance(current.meetings, current.edition, effectivePeriod(current, current.edition)).met;
  const { count } = await tx.mentorship.updateMany({
    where: { id: mentorshipId, status: "ACTIVE" },
    data: { status: "CLOSING", closingAt: now, meetingsRequirementMet: met },
  });
  if (!count) return false;
  const m = await tx.mentorship.findUniqueOrThrow({
    where: { id: mentorshipId },
    select: { mentor: person, mentee: person },
  });
  await tx.recordSheet.upsert({ where: { mentorshipId }, create: { mentorshipId }, update: {} });
  await sendClosureRequests(tx, { mentorshipId, mentor: m.mentor, mentee: m.mentee });
  await recordMentorshipEvent(tx, actorId, mentorshipId, "closing");
  return true;
}

/**
 * Active mentorships whose agreed end date has passed move to closing. Run whenever
 * mentorships are read (and by the scheduled sweep).
 */
export async function advanceDueClosures(tx: Tx, where: Prisma.MentorshipWhereInput = {}, now = new Date()) {
  const due = await tx.mentorship.findMany({
    where: { ...where, status: "ACTIVE", endOn: { lt: madridDay(now) } },
    select: { id: true },
  });
  for (const m of due) await beginClosing(tx, m.id, null, now);
  return due.length;
}

/**
 * The same before a read: one cheap check, and a transaction only when something is due (a
 * page view should not open a transaction for nothing).
 */
export async function advanceDueClosuresBeforeRead(where: Prisma.MentorshipWhereInput = {}, now = new Date()) {
  const anyDue = await prisma.mentorship.findFirst({
    where: { ...where, status: "ACTIVE", endOn: { lt: madridDay(now) } },
    select: { id: true },
  });
  if (!anyDue) return 0;
  return prisma.$transaction((tx) => advanceDueClosures(tx, where, now));
}

/**
 * Each party confirms the mentorship is complete before the end date; when both have, closure
 * begins. Only once the agreement is confirmed (the mentorship is ACTIVE); before the agreed end
 * date, the first to confirm says why, and the reason is kept.
 */
export async function confirmCompletion(
  actor: Viewer | null,
  input: z.input<typeof completionSchema>,
  now = new Date(),
) {
  const { mentorshipId, reason } = completionSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { role, mentorship } = await partyAccess(tx, actor, mentorshipId);
    if (mentorship.status !== "ACTIVE" || mentorship.agreement?.status !== "CONFIRMED") {
      throw conflict({ key: "closure.nomesPotTancarAcompanyament" });
    }
    const field = role === "MENTOR" ? "mentorConfirmedEndAt" : "menteeConfirmedEndAt";
    if (mentorship[field]) throw conflict({ key: "closure.heuConfirmatAcompanyamentCompletat" });
    const early = Boolean(mentorship.endOn && madridDay(now) < mentorship.endOn);
    if (early && !mentorship.closingReason && !reason) {
      throw invalid(
        { key: "invalidInput" },
        {
          reason: [{ key: "closure.expliqueuAcabeuAbansData" }],
        },
      );
    }
    const updated = await tx.mentorship.update({
      where: { id: mentorshipId },
      data: { [field]: now, ...(early && !mentorship.closingReason ? { closingReason: reason } : {}) },
    });
    await recordMentorshipEvent(tx, actor!.id, mentorshipId, "completion_confirmed", {
      role,
      ...(early && reason ? { reason } : {}),
    });
    if (updated.mentorConfirmedEndAt && updated.menteeConfirmedEndAt) {
      await beginClosing(tx, mentorshipId, actor!.id, now);
      return { closing: true };
    }
    const other = await tx.user.findUniqueOrThrow({
      where: { id: role === "MENTOR" ? mentorship.menteeId : mentorship.mentorId },
      ...person,
    });
    await sendCompletionProposed(tx, other, { mentorshipId, by: actor!.name ?? actor!.email });
    return { closing: false };
  });
}

/** Either party or the secretariat ends a mentorship early, with a reason; everyone concerned is emailed. */
export async function cancelMentorship(actor: Viewer | null, input: z.input<typeof cancelSchema>, now = new Date()) {
  const values = cancelSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { mentorship } = await mentorshipAccess(tx, actor, values.mentorshipId);
    assertOpen(mentorship);
    const { count } = await tx.mentorship.updateMany({
      where: { id: mentorship.id, status: { in: ["AGREEING", "ACTIVE"] } },
      data: { status: "CANCELLED", cancelledAt: now, cancelReason: values.reason, cancelledById: actor!.id },
    });
    if (!count) throw conflict({ key: "common.mentorshipNotActive" });
    const parties = await tx.user.findMany({
      where: { id: { in: [mentorship.mentorId, mentorship.menteeId] } },
      ...person,
    });
    await sendMentorshipCancelled(tx, {
      mentorshipId: mentorship.id,
      parties,
      by: actor!.name ?? actor!.email,
      reason: values.reason,
    });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, "cancelled", { reason: values.reason });
    return { id: mentorship.id };
  });
}

/** Each party's closing evaluation, once. */
export async function submitEvaluation(actor: Viewer | null, input: EvaluationInput, now = new Date()) {
  const values = evaluationSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { role, mentorship } = await partyAccess(tx, actor, values.mentorshipId);
    if (mentorship.status !== "CLOSING") throw conflict({ key: "closure.valoracioFaQuanAcompanyament" });
    if (mentorship.evaluations.some((e) => e.authorRole === role))
      throw conflict({ key: "closure.heuEnviatVostraValoracio" });
    const { mentorshipId, ...scores } = values;
    try {
      await tx.evaluation.create({
        data: {
          ...scores,
          comments: scores.comments || null,
          mentorshipId,
          authorId: actor!.id,
          authorRole: role,
          submittedAt: now,
        },
      });
    } catch {
      throw conflict({ key: "closure.heuEnviatVostraValoracio" });
    }
    await recordMentorshipEvent(tx, actor!.id, mentorshipId, "evaluation_submitted", { role });
    await completeIfDone(tx, mentorshipId, now);
    return { id: mentorshipId };
  });
}

/** With both evaluations and a published fitxa, the mentorship is COMPLETED. */
export async function completeIfDone(tx: Tx, mentorshipId: string, now: Date) {
  const m = await tx.mentorship.findUniqueOrThrow({
    where: { id: mentorshipId },
    select: { status: true, evaluations: { select: { authorRole: true } }, recordSheet: { select: { status: true } } },
  });
  const roles = new Set(m.evaluations.map((e) => e.authorRole));
  if (m.status !== "CLOSING" || !roles.has("MENTOR") || !roles.has("MENTEE") || m.recordSheet?.status !== "PUBLISHED")
    return false;
  const { count } = await tx.mentorship.updateMany({
    where: { id: mentorshipId, status: "CLOSING" },
    data: { status: "COMPLETED", completedAt: now },
  });
  if (count) await recordMentorshipEvent(tx, null, mentorshipId, "completed");
  return count > 0;
}
