import { prisma } from "@/lib/db/client";
import { addDays, addMonths, madridDay } from "@/lib/dates";
import type { MentorshipStatus } from "@/lib/generated/prisma/enums";
import type { User } from "@/lib/generated/prisma/client";
import { createEdition, createPerson, createSecretariat } from "./factories";

/**
 * A mentorship between two people (created if not given), in an edition in MENTORING whose
 * mentoring starts on `startedOn`, accepted 30 days before it (or before today, if earlier), so
 * records dated in between belong to the pairing. From ACTIVE on, with a confirmed agreement.
 */
export async function mentorshipScenario({
  mentor,
  mentee,
  status = "AGREEING",
  startedOn = madridDay(),
}: { mentor?: User; mentee?: User; status?: MentorshipStatus; startedOn?: Date } = {}) {
  const edition = await createEdition({
    phase: "MENTORING",
    mentoringStartOn: startedOn,
    defaultEndOn: addMonths(startedOn, 12),
  });
  const secretariat = await createSecretariat();
  mentor ??= await createPerson({ isMentor: true });
  mentee ??= await createPerson();
  const application = await prisma.application.create({
    data: {
      editionId: edition.id,
      applicantId: mentee.id,
      municipalityId: mentee.municipalityId!,
      status: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
  const proposal = await prisma.proposal.create({
    data: {
      editionId: edition.id,
      applicationId: application.id,
      mentorId: mentor.id,
      createdById: secretariat.id,
      status: "ACCEPTED",
      respondBy: addDays(new Date(), 5),
    },
  });
  const agreed = status !== "AGREEING" && status !== "CANCELLED";
  const endOn = addMonths(startedOn, 6);
  const mentorship = await prisma.mentorship.create({
    data: {
      editionId: edition.id,
      proposalId: proposal.id,
      applicationId: application.id,
      mentorId: mentor.id,
      menteeId: mentee.id,
      status,
      acceptedAt: addDays(startedOn < madridDay() ? startedOn : madridDay(), -30),
      // ACTIVE and later: the pair confirmed an agreement (the only way to become ACTIVE).
      ...(agreed
        ? {
            agreedStartOn: startedOn,
            endOn,
            agreement: {
              create: {
                objectives: "Definir el primer pla local d'economia social.",
                activities: "Trobades de treball i revisió de documents.",
                plannedMeetings: "Dues trobades presencials.",
                startOn: startedOn,
                endOn,
                status: "CONFIRMED",
                draftedById: mentor.id,
                confirmedById: mentee.id,
                confirmedAt: new Date(),
              },
            },
          }
        : {}),
    },
  });
  return { edition, secretariat, mentor, mentee, mentorship };
}
