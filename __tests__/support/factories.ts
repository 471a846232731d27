import crypto from "node:crypto";
import { prisma } from "@/lib/db/client";
import { addDays, addMonths, madridDay } from "@/lib/dates";
import type { EditionPhase, Prisma, Role } from "@/lib/generated/prisma/client";

// Each test seeds its own rows with unique names and addresses, so test files can share a
// database and run in parallel.

export const unique = (prefix = "t") => `${prefix}-${crypto.randomBytes(5).toString("hex")}`;

export function createMunicipality(data: Partial<Prisma.MunicipalityCreateInput> = {}) {
  return prisma.municipality.create({
    data: { name: unique("Municipi"), comarca: "Bages", population: 20_000, ...data },
  });
}

export async function createPerson(data: Partial<Prisma.UserUncheckedCreateInput> & { role?: Role } = {}) {
  const municipalityId = data.municipalityId ?? (await createMunicipality()).id;
  return prisma.user.create({
    data: {
      email: `${unique("persona")}@example.org`,
      name: "Persona de prova",
      position: "Tècnica",
      role: "TECHNICIAN",
      privacyAcceptedAt: new Date(),
      ...data,
      municipalityId,
    },
  });
}

export function createSecretariat(data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  return prisma.user.create({
    data: { email: `${unique("secretaria")}@example.org`, name: "Secretaria de prova", role: "SECRETARIAT", ...data },
  });
}

let yearCounter = 2500 + Math.floor(Math.random() * 400);

export function createEdition(data: Partial<Prisma.EditionCreateInput> & { phase?: EditionPhase } = {}) {
  const today = madridDay();
  const start = addDays(today, 60);
  return prisma.edition.create({
    data: {
      name: unique("Convocatòria"),
      year: yearCounter++,
      phase: "APPLICATIONS",
      applicationsOpenOn: addDays(today, -7),
      applicationsCloseOn: addDays(today, 21),
      matchingDeadlineOn: addDays(today, 50),
      mentoringStartOn: start,
      defaultEndOn: addMonths(start, 12),
      ...data,
    },
  });
}
