import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { prisma } from "@/lib/db/client";
import { day, madridDay } from "@/lib/dates";
import { sendAgreementConfirmed, sendAgreementToConfirm } from "@/lib/email/senders/mentorship";
import { conflict, forbidden, invalid } from "@/lib/errors";
import { assertOpen, partyAccess } from "./access";
import { recordMentorshipEvent } from "./audit";
import { assertNotBeforeAcceptance, effectiveStart } from "./period";
import { endDateLimit } from "./rules";
import { agreementSchema, confirmAgreementSchema, firstContactSchema, type AgreementInput } from "./schema";

const person = { select: { id: true, email: true, name: true, locale: true } } as const;

/** The mentee records the first contact with the mentor. */
export async function recordFirstContact(
  actor: Viewer | null,
  input: { mentorshipId: string; date: string },
  now = new Date(),
) {
  const values = firstContactSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { role, mentorship } = await partyAccess(tx, actor, values.mentorshipId);
    if (role !== "MENTEE") throw forbidden({ key: "agreement.primerContacteRegistraPersona" });
    assertOpen(mentorship);
    const date = day(values.date);
    if (date > madridDay(now))
      throw invalid({ key: "invalidInput" }, { date: [{ key: "agreement.dataPotSerFutura" }] });
    assertNotBeforeAcceptance(mentorship, date, "date");
    await tx.mentorship.update({ where: { id: mentorship.id }, data: { firstContactOn: date } });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, "first_contact", { date: values.date });
    return { id: mentorship.id };
  });
}

/**
 * Either party drafts (or changes) the agreement; the other must confirm it. The pair may set
 * their own start (not before the acceptance); without one they follow the edition's. The end
 * date may not pass the maximum duration after the start unless both agreed an extension.
 */
export async function draftAgreement(actor: Viewer | null, input: AgreementInput) {
  const values = agreementSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { role, mentorship } = await partyAccess(tx, actor, values.mentorshipId);
    assertOpen(mentorship);
    const ownStart = values.startOn ? day(values.startOn) : null;
    if (ownStart) assertNotBeforeAcceptance(mentorship, ownStart, "startOn");
    const start = ownStart ?? effectiveStart({ ...mentorship, agreedStartOn: null }, mentorship.edition);
    const endOn = day(values.endOn);
    const limit = endDateLimit(
      start,
      mentorship.edition,
      mentorship.extensions.filter((e) => e.status === "ACCEPTED"),
    );
    if (endOn <= start)
      throw invalid(
        { key: "invalidInput" },
        {
          endOn: [{ key: "agreement.endBeforeStart", values: { date: start } }],
        },
      );
    if (endOn > limit) {
      throw invalid(
        { key: "invalidInput" },
        {
          endOn: [
            {
              key: "agreement.endAfterLimit",
              values: { date: limit, months: mentorship.edition.maxDurationMonths },
            },
          ],
        },
      );
    }
    const previous = mentorship.agreement;
    const data = {
      objectives: values.objectives,
      activities: values.activities,
      plannedMeetings: values.plannedMeetings,
      startOn: ownStart,
      endOn,
      draftedById: actor!.id,
      status: "DRAFT" as const,
      confirmedById: null,
      confirmedAt: null,
    };
    const agreement = previous
      ? await tx.agreement.update({ where: { id: previous.id }, data: { ...data, version: previous.version + 1 } })
      : await tx.agreement.create({ data: { ...data, mentorshipId: mentorship.id } });
    const other = await tx.user.findUniqueOrThrow({
      where: { id: role === "MENTOR" ? mentorship.menteeId : mentorship.mentorId },
      ...person,
    });
    await sendAgreementToConfirm(tx, other, {
      mentorshipId: mentorship.id,
      drafter: actor!.name ?? actor!.email,
      endOn,
      changed: Boolean(previous),
    });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, previous ? "agreement_changed" : "agreement_drafted", {
      version: agreement.version,
      endOn: values.endOn,
    });
    return { version: agreement.version };
  });
}

/**
 * The party who did not draft it confirms the version they saw. The mentorship becomes ACTIVE
 * with the agreed end date, and the secretariat is told that date.
 */
export async function confirmAgreement(
  actor: Viewer | null,
  input: { mentorshipId: string; version: number | string },
  now = new Date(),
) {
  const values = confirmAgreementSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { mentorship } = await partyAccess(tx, actor, values.mentorshipId);
    assertOpen(mentorship);
    const agreement = mentorship.agreement;
    if (!agreement) throw conflict({ key: "agreement.encaraAcordConfirmar" });
    if (agreement.draftedById === actor!.id) throw forbidden({ key: "agreement.acordConfirmarAltraPart" });
    const { count } = await tx.agreement.updateMany({
      where: { id: agreement.id, status: "DRAFT", version: values.version },
      data: { status: "CONFIRMED", confirmedById: actor!.id, confirmedAt: now },
    });
    if (!count) throw conflict({ key: "agreement.acordCanviatOEsta" });
    await tx.mentorship.update({
      where: { id: mentorship.id },
      data: { status: "ACTIVE", agreedStartOn: agreement.startOn, endOn: agreement.endOn },
    });
    const [mentor, mentee] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: mentorship.mentorId }, ...person }),
      tx.user.findUniqueOrThrow({ where: { id: mentorship.menteeId }, ...person }),
    ]);
    await sendAgreementConfirmed(tx, { mentorshipId: mentorship.id, mentor, mentee, endOn: agreement.endOn });
    await recordMentorshipEvent(tx, actor!.id, mentorship.id, "agreement_confirmed", { version: values.version });
    return { id: mentorship.id };
  });
}
