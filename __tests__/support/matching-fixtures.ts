import { prisma } from "@/lib/db/client";
import { addDays } from "@/lib/dates";
import { createEdition, createMunicipality, createPerson, createSecretariat, unique } from "./factories";

/** An edition in MATCHING with submitted applications and one mentor's active offer. */
export async function matchingScenario({
  applications = 2,
  capacity = 2,
}: { applications?: number; capacity?: number } = {}) {
  const edition = await createEdition({ phase: "MATCHING" });
  const topic = await prisma.topic.create({ data: { name: unique("Àmbit"), slug: unique("ambit") } });
  const secretariat = await createSecretariat();
  const mentor = await createPerson({
    isMentor: true,
    municipalityId: (await createMunicipality({ comarca: "Bages" })).id,
  });
  const offer = await prisma.mentorOffer.create({
    data: {
      editionId: edition.id,
      mentorId: mentor.id,
      capacity,
      experience: "Anys d'experiència en ESS.",
      topics: { connect: [{ id: topic.id }] },
    },
  });
  const mentees = [];
  const apps = [];
  for (let i = 0; i < applications; i++) {
    const mentee = await createPerson();
    mentees.push(mentee);
    apps.push(
      await prisma.application.create({
        data: {
          editionId: edition.id,
          applicantId: mentee.id,
          municipalityId: mentee.municipalityId!,
          status: "SUBMITTED",
          submittedAt: new Date(),
          needs: {
            create: [{ topicId: topic.id, description: "Necessitat prou descrita per a la prova.", priority: "HIGH" }],
          },
        },
      }),
    );
  }
  return { edition, topic, secretariat, mentor, offer, mentees, apps };
}

/** Proposals created directly (bypassing the capacity check) to set up races. */
export async function rawProposals(editionId: string, mentorId: string, createdById: string, applicationIds: string[]) {
  const proposals = [];
  for (const applicationId of applicationIds) {
    proposals.push(
      await prisma.proposal.create({
        data: { editionId, applicationId, mentorId, createdById, respondBy: addDays(new Date(), 10) },
      }),
    );
  }
  return proposals;
}
