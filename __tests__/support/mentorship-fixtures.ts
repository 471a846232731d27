import { prisma } from "@/lib/db/client";
import { addDays, madridDay } from "@/lib/dates";
import type { MentorshipStatus } from "@/lib/generated/prisma/enums";
import type { User } from "@/lib/generated/prisma/client";
import { createEdition, createPerson, createSecretariat } from "./factories";

/** A mentorship between two people (created if not given), in an edition in MENTORING. */
export async function mentorshipScenario(
  { mentor, mentee, status = "AGREEING", startedOn = madridDay() }: { mentor?: User; mentee?: User; status?: MentorshipStatus; startedOn?: Date } = {},
) {
  const edition = await createEdition({ phase: "MENTORING" });
  const secretariat = await createSecretariat();
  mentor ??= await createPerson({ isMentor: true });
  mentee ??= await createPerson();
  const application = await prisma.application.create({
    data: { editionId: edition.id, applicantId: mentee.id, municipalityId: mentee.municipalityId!, status: "SUBMITTED", submittedAt: new Date() },
  });
  const proposal = await prisma.proposal.create({
    data: { editionId: edition.id, applicationId: application.id, mentorId: mentor.id, createdById: secretariat.id, status: "ACCEPTED", respondBy: addDays(new Date(), 5) },
  });
  const mentorship = await prisma.mentorship.create({
    data: { editionId: edition.id, proposalId: proposal.id, applicationId: application.id, mentorId: mentor.id, menteeId: mentee.id, status, startedOn },
  });
  return { edition, secretariat, mentor, mentee, mentorship };
}
