import "server-only";
import { addDays, addMonths, madridDay } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { APPLICATIONS, MUNICIPALITIES, OFFERS, PEOPLE, PREVIOUS_PAIR, TOPICS } from "./demo-data";

/**
 * Loads the demo data. Idempotent: every row is upserted by its natural key, so running it
 * again refreshes names without duplicating anything. The demo edition is in the applications
 * phase, with its calendar around today so the journeys can be tried at once.
 */
export async function seedDemo(prisma: PrismaClient, now: Date = new Date()) {
  await prisma.$transaction(async (tx) => {
    for (const [index, [slug, name]] of TOPICS.entries()) {
      await tx.topic.upsert({
        where: { slug },
        create: { slug, name, sortOrder: index },
        update: { name, sortOrder: index },
      });
    }

    const municipalityIds = new Map<string, string>();
    for (const m of MUNICIPALITIES) {
      const emailDomains = "emailDomains" in m ? [...m.emailDomains] : [];
      const row = await tx.municipality.upsert({
        where: { name: m.name },
        create: { name: m.name, comarca: m.comarca, population: m.population, emailDomains },
        update: { comarca: m.comarca, population: m.population, emailDomains },
      });
      municipalityIds.set(m.name, row.id);
    }

    for (const person of PEOPLE) {
      const data = {
        name: person.name,
        position: person.position,
        role: person.role,
        isMentor: person.isMentor ?? false,
        municipalityId: person.municipality ? municipalityIds.get(person.municipality) : null,
        privacyAcceptedAt: now,
      };
      await tx.user.upsert({ where: { email: person.email }, create: { email: person.email, ...data }, update: data });
    }

    const today = madridDay(now);
    const year = today.getUTCFullYear();
    const mentoringStartOn = addDays(today, 60);
    const calendar = {
      applicationsOpenOn: addDays(today, -7),
      applicationsCloseOn: addDays(today, 21),
      matchingDeadlineOn: addDays(today, 50),
      mentoringStartOn,
      defaultEndOn: addMonths(mentoringStartOn, 12),
    };
    const existing = await tx.edition.findUnique({ where: { year } });
    if (!existing) {
      await tx.edition.updateMany({ where: { isCurrent: true }, data: { isCurrent: null } });
      const edition = await tx.edition.create({
        data: {
          name: `Convocatòria ${year}-${year + 1}`,
          year,
          phase: "APPLICATIONS",
          isCurrent: true,
          phaseChangedAt: now,
          ...calendar,
        },
      });
      await seedParticipation(tx, edition.id, now);
      await seedPreviousEdition(tx, year - 1, now);
    }
  });
}

// Last year's edition, still in its mentoring phase, with one mentorship whose mentor has just
// accepted: the mentorship pages have something to show from the first start.
async function seedPreviousEdition(tx: SeedTx, year: number, now: Date) {
  if (await tx.edition.findUnique({ where: { year } })) return;
  const startedOn = addDays(madridDay(now), -20);
  const edition = await tx.edition.create({
    data: {
      name: `Convocatòria ${year}-${year + 1}`,
      year,
      phase: "MENTORING",
      applicationsOpenOn: addMonths(startedOn, -2),
      applicationsCloseOn: addDays(addMonths(startedOn, -2), 29),
      matchingDeadlineOn: addDays(startedOn, -2),
      mentoringStartOn: startedOn,
      defaultEndOn: addDays(addMonths(startedOn, 12), -1),
      phaseChangedAt: now,
    },
  });
  const mentor = await tx.user.findUniqueOrThrow({ where: { email: PREVIOUS_PAIR.mentor } });
  const mentee = await tx.user.findUniqueOrThrow({ where: { email: PREVIOUS_PAIR.mentee } });
  const secretariat = await tx.user.findFirstOrThrow({ where: { role: "SECRETARIAT" } });
  const topic = await tx.topic.findUniqueOrThrow({ where: { slug: "economia-comunitaria-bens-comuns" } });
  const application = await tx.application.create({
    data: {
      editionId: edition.id,
      applicantId: mentee.id,
      municipalityId: mentee.municipalityId!,
      status: "SUBMITTED",
      policyStage: "EMERGING",
      currentPolicy: "Cedim espais municipals a entitats, però sense un model de gestió comunitària.",
      goals: "Definir un model de gestió comunitària d'equipaments amb les entitats del barri.",
      availability: "Dilluns i dimecres",
      preferredFormat: "IN_PERSON",
      submittedAt: addMonths(startedOn, -1),
      commitmentsAcceptedAt: addMonths(startedOn, -1),
      needs: {
        create: [
          {
            topicId: topic.id,
            priority: "HIGH",
            description: "Com impulsar la gestió comunitària d'un equipament municipal.",
          },
        ],
      },
    },
  });
  const proposal = await tx.proposal.create({
    data: {
      editionId: edition.id,
      applicationId: application.id,
      mentorId: mentor.id,
      status: "ACCEPTED",
      createdById: secretariat.id,
      respondBy: addDays(startedOn, -5),
      respondedAt: addDays(startedOn, -10),
    },
  });
  await tx.mentorship.create({
    data: {
      editionId: edition.id,
      proposalId: proposal.id,
      applicationId: application.id,
      mentorId: mentor.id,
      menteeId: mentee.id,
      acceptedAt: addDays(startedOn, -10),
      startEmailSentAt: now,
    },
  });
}

type SeedTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// A few applications and mentors' offers, so the secretariat's lists and the matching have
// something to show from the first start.
async function seedParticipation(tx: SeedTx, editionId: string, now: Date) {
  const topic = async (slug: string) => (await tx.topic.findUniqueOrThrow({ where: { slug } })).id;
  const person = (email: string) => tx.user.findUniqueOrThrow({ where: { email } });
  for (const offer of OFFERS) {
    const mentor = await person(offer.email);
    await tx.mentorOffer.create({
      data: {
        editionId,
        mentorId: mentor.id,
        capacity: offer.capacity,
        experience: offer.experience,
        preferredFormat: "MIXED",
        confirmedAt: now,
        topics: { connect: await Promise.all(offer.topics.map(async (slug) => ({ id: await topic(slug) }))) },
      },
    });
  }
  for (const application of APPLICATIONS) {
    const applicant = await person(application.email);
    const preferred = await Promise.all(application.preferred.map(person));
    await tx.application.create({
      data: {
        editionId,
        applicantId: applicant.id,
        municipalityId: applicant.municipalityId!,
        status: "SUBMITTED",
        policyStage: application.stage,
        currentPolicy: application.currentPolicy,
        hasPlan: false,
        goals: application.goals,
        availability: "Dimarts i dijous al matí",
        preferredFormat: "MIXED",
        submittedAt: now,
        commitmentsAcceptedAt: now,
        needs: {
          create: await Promise.all(
            application.needs.map(async ([slug, priority, description]) => ({
              topicId: await topic(slug),
              priority,
              description,
            })),
          ),
        },
        preferredMentors: { create: preferred.map((m, rank) => ({ mentorId: m.id, rank })) },
      },
    });
  }
}
