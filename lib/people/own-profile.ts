import "server-only";
import { assertSignedIn } from "@/lib/auth/assert";
import { emailDomain } from "@/lib/auth/email-address";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { sendMentorInterestEmails, sendRegistrationPendingEmails } from "@/lib/email/senders/people";
import { invalid } from "@/lib/errors";
import { municipalityOptions } from "@/lib/municipalities/queries";
import { assertActiveMunicipality } from "./manage-people";
import { profileSchema, type ProfileInput } from "./schema";

export function needsProfile(person: {
  role: string;
  municipalityId: string | null;
  privacyAcceptedAt: Date | null;
  name: string | null;
}) {
  return !person.privacyAcceptedAt || !person.name || (person.role === "TECHNICIAN" && !person.municipalityId);
}

/**
 * A person completes or edits their own profile. A technician whose address is not of their
 * municipality's email domains (or whose municipality lists none) waits for the secretariat's approval, and
 * both sides are told by email; choosing "I want to be a mentor" tells the secretariat.
 */
export async function saveOwnProfile(actor: Viewer | null, input: ProfileInput) {
  assertSignedIn(actor);
  const values = profileSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id } });
    if (before.role === "TECHNICIAN" && !values.municipalityId) {
      throw invalid({ key: "invalidInput" }, { municipalityId: [{ key: "ownProfile.trieuVostreMunicipiLlista" }] });
    }
    if (values.municipalityId !== before.municipalityId) await assertActiveMunicipality(tx, values.municipalityId);
    const municipality = values.municipalityId
      ? await tx.municipality.findUniqueOrThrow({ where: { id: values.municipalityId } })
      : null;
    // An address of one of the municipality's own domains is trusted; any other address, or a
    // municipality with no domains on file, waits for the secretariat.
    const domainMismatch = !!municipality && !municipality.emailDomains.includes(emailDomain(before.email));
    const municipalityChanged = before.municipalityId !== values.municipalityId;
    const becomesPending =
      before.role === "TECHNICIAN" &&
      domainMismatch &&
      (municipalityChanged || !before.privacyAcceptedAt) &&
      before.approvalStatus !== "REJECTED";
    if (before.approvalStatus === "REJECTED" && municipalityChanged) {
      throw invalid({ key: "ownProfile.secretariaValidatVostreRegistre" });
    }
    const wantsToMentor = before.role === "TECHNICIAN" && !before.isMentor && values.wantsToMentor;
    const person = await tx.user.update({
      where: { id: actor.id },
      data: {
        name: values.name,
        position: values.position,
        phone: values.phone,
        municipalityId: values.municipalityId,
        privacyAcceptedAt: before.privacyAcceptedAt ?? new Date(),
        ...(values.locale ? { locale: values.locale } : {}),
        wantsToMentor,
        ...(becomesPending ? { approvalStatus: "PENDING" as const } : {}),
      },
      select: { id: true, email: true, name: true, locale: true, approvalStatus: true },
    });
    if (becomesPending && municipality)
      await sendRegistrationPendingEmails(tx, { ...person, wantsToMentor }, municipality);
    else if (wantsToMentor && !before.wantsToMentor && municipality)
      await sendMentorInterestEmails(tx, person, municipality);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: before.privacyAcceptedAt ? "profile.updated" : "profile.completed",
      entityType: "User",
      entityId: actor.id,
      data: { municipalityId: values.municipalityId, pending: becomesPending, wantsToMentor },
    });
    return { approvalStatus: person.approvalStatus };
  });
}

/** The signed-in person's own record, with their municipality. */
export async function getOwnPerson(actor: Viewer | null) {
  assertSignedIn(actor);
  return prisma.user.findUniqueOrThrow({ where: { id: actor.id }, include: { municipality: true } });
}

/**
 * What the profile page needs: the person, and the municipalities to choose from (the active
 * ones, plus the person's own if it is no longer active).
 */
export async function getOwnProfile(actor: Viewer | null) {
  assertSignedIn(actor);
  const [person, municipalities] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: actor.id } }),
    municipalityOptions(),
  ]);
  const own = person.municipalityId && !municipalities.some((m) => m.id === person.municipalityId);
  const options = own
    ? [
        ...municipalities,
        ...(await prisma.municipality.findMany({
          where: { id: person.municipalityId! },
          select: { id: true, name: true, comarca: true },
        })),
      ]
    : municipalities;
  return { person, municipalities: options };
}
