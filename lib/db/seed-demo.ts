import { addDays, addMonths, madridDay } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { MUNICIPALITIES, PEOPLE, TOPICS } from "./demo-data";

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
      await tx.edition.create({
        data: {
          name: `Convocatòria ${year}-${year + 1}`,
          year,
          phase: "APPLICATIONS",
          isCurrent: true,
          phaseChangedAt: now,
          ...calendar,
        },
      });
    }
  });
}
