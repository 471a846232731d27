// npm run bench:sweep — the scheduled sweep over 10,000 active mentorships, on PostgreSQL as in
// production: DATABASE_URL if set, otherwise a fresh database on the local server
// (BENCH_POSTGRES_URL, default postgresql://postgres@127.0.0.1:5432/postgres), dropped at the
// end; an in-memory PGlite only when no server answers. Prints both runs' time and what they
// queued; the budgets are 1 second for the first run and 300 ms for the second, which must queue
// nothing.
process.env.DEMO_SEED = "0";

import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { createTestDatabase, dropTestDatabase } from "@/__tests__/support/test-database";
import { closeDatabase, database, prisma } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrations";
import { ensureDatabase } from "@/lib/db/setup";
import { addDays, madridDay } from "@/lib/dates";
import { runSweep } from "@/lib/reminders/sweep";

const MENTORSHIPS = Number(process.env.BENCH_MENTORSHIPS ?? 10_000);
const MENTORS = Math.ceil(MENTORSHIPS / 5);
const run = `bench${Date.now().toString(36)}`;

async function seed() {
  const now = new Date();
  const today = madridDay(now);
  const municipality = await prisma.municipality.create({
    data: { name: `${run} municipi`, comarca: "Bages", population: 20_000 },
  });
  const secretariat = await prisma.user.create({
    data: { email: `${run}-secretaria@example.org`, name: "Secretaria", role: "SECRETARIAT" },
  });
  const edition = await prisma.edition.create({
    data: {
      name: `${run} convocatòria`,
      year: 2900 + Math.floor(Math.random() * 99),
      phase: "MENTORING",
      applicationsOpenOn: addDays(today, -120),
      applicationsCloseOn: addDays(today, -90),
      matchingDeadlineOn: addDays(today, -60),
      mentoringStartOn: addDays(today, -40),
      defaultEndOn: addDays(today, 320),
    },
  });
  const chunk = async <T>(rows: T[], insert: (rows: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2_000) await insert(rows.slice(i, i + 2_000));
  };
  const person = (id: string) => ({ id, email: `${id}@example.org`, name: id, municipalityId: municipality.id });
  await chunk(
    Array.from({ length: MENTORS }, (_, i) => ({ ...person(`${run}-m${i}`), isMentor: true })),
    (data) => prisma.user.createMany({ data }),
  );
  await chunk(
    Array.from({ length: MENTORSHIPS }, (_, i) => person(`${run}-t${i}`)),
    (data) => prisma.user.createMany({ data }),
  );
  await chunk(
    Array.from({ length: MENTORSHIPS }, (_, i) => ({
      id: `${run}-a${i}`,
      editionId: edition.id,
      applicantId: `${run}-t${i}`,
      municipalityId: municipality.id,
      status: "SUBMITTED" as const,
    })),
    (data) => prisma.application.createMany({ data }),
  );
  await chunk(
    Array.from({ length: MENTORSHIPS }, (_, i) => ({
      id: `${run}-p${i}`,
      editionId: edition.id,
      applicationId: `${run}-a${i}`,
      mentorId: `${run}-m${i % MENTORS}`,
      status: "ACCEPTED" as const,
      createdById: secretariat.id,
      respondBy: addDays(now, -45),
    })),
    (data) => prisma.proposal.createMany({ data }),
  );
  // A mix of situations: most have had no first contact and no agreement after 40 days; a
  // tenth are active with an agreed end date in 30 days.
  await chunk(
    Array.from({ length: MENTORSHIPS }, (_, i) => ({
      editionId: edition.id,
      proposalId: `${run}-p${i}`,
      applicationId: `${run}-a${i}`,
      mentorId: `${run}-m${i % MENTORS}`,
      menteeId: `${run}-t${i}`,
      status: i % 10 === 0 ? ("ACTIVE" as const) : ("AGREEING" as const),
      acceptedAt: addDays(now, -40),
      startEmailSentAt: addDays(now, -40),
      endOn: i % 10 === 0 ? addDays(today, 30) : null,
      firstContactOn: i % 10 === 0 ? addDays(today, -35) : null,
    })),
    (data) => prisma.mentorship.createMany({ data }),
  );
}

async function chooseDatabase(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) return async () => {};
  const server = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  try {
    const probe = new Client({ connectionString: server, connectionTimeoutMillis: 2_000 });
    await probe.connect();
    await probe.end();
  } catch {
    console.log("No PostgreSQL server answered: using an in-memory PGlite (slower than production).");
    process.env.PGLITE_DIR = "memory://";
    return async () => {};
  }
  const url = await createTestDatabase(server, "xmess_bench");
  process.env.DATABASE_URL = url;
  await database().withDriver((driver) => migrate(driver));
  return () => dropTestDatabase(server, url);
}

async function main() {
  const cleanup = await chooseDatabase();
  try {
    await bench();
  } finally {
    await closeDatabase();
    await cleanup();
  }
}

async function bench() {
  await ensureDatabase();
  console.log(`Database: ${database().kind}.`);
  const seedStart = performance.now();
  await seed();
  console.log(
    `Seeded ${MENTORSHIPS.toLocaleString("en")} mentorships in ${((performance.now() - seedStart) / 1000).toFixed(1)} s.`,
  );

  let start = performance.now();
  const first = await runSweep();
  const firstMs = performance.now() - start;
  console.log(`First sweep: ${firstMs.toFixed(0)} ms — ${JSON.stringify(first)}`);

  start = performance.now();
  const second = await runSweep();
  const secondMs = performance.now() - start;
  console.log(`Second sweep: ${secondMs.toFixed(0)} ms — ${JSON.stringify(second)}`);

  const problems = [
    firstMs > 1_000 ? "the first sweep took more than 1 second" : null,
    secondMs > 300 ? "the second sweep took more than 300 ms" : null,
    second.reminders + second.digests > 0 ? "the second sweep queued reminders again" : null,
    first.reminders === 0 ? "the first sweep queued no reminders" : null,
  ].filter(Boolean);
  if (problems.length) {
    console.error(`Budget missed: ${problems.join("; ")}.`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
