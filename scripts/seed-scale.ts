// npm run seed:scale — the Catalonia-scale data set (prisma/seed/scale.ts) on PostgreSQL.
// It (re)creates its own database, SCALE_DATABASE_URL (default
// postgresql://postgres@127.0.0.1:5432/xmess_scale), so it is the same every time: migrations,
// the demo data (its accounts sign in as usual), then the scale rows. The database's name must
// contain "scale" or "bench": this script drops it first.
process.env.DEMO_SEED = "0";

import { performance } from "node:perf_hooks";
import { Client } from "pg";

export const DEFAULT_SCALE_URL = "postgresql://postgres@127.0.0.1:5432/xmess_scale";

export async function seedScaleDatabase(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/scale|bench/.test(name))
    throw new Error(`Refusing to recreate "${name}": the scale database's name must contain "scale" or "bench".`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }

  process.env.DATABASE_URL = url;
  const { closeDatabase, database, prisma } = await import("@/lib/db/client");
  const { migrate } = await import("@/lib/db/migrations");
  const { seedDemo } = await import("@/prisma/seed/demo");
  const { seedScale } = await import("@/prisma/seed/scale");
  try {
    await database().withDriver((driver) => migrate(driver));
    await seedDemo(prisma);
    await database().withDriver((driver) => seedScale(driver));
    const counts = await prisma.$queryRawUnsafe<Record<string, bigint>[]>(`
      SELECT (SELECT count(*) FROM "Municipality") AS municipalities, (SELECT count(*) FROM "User") AS people,
             (SELECT count(*) FROM "Edition") AS editions,
             (SELECT count(*) FROM "Application" a JOIN "Edition" e ON e.id = a."editionId" AND e."isCurrent") AS "current applications",
             (SELECT count(*) FROM "MentorOffer" o JOIN "Edition" e ON e.id = o."editionId" AND e."isCurrent") AS "current mentors",
             (SELECT count(*) FROM "Mentorship" m JOIN "Edition" e ON e.id = m."editionId" AND e."isCurrent" IS NULL) AS "past mentorships",
             (SELECT count(*) FROM "Meeting") AS meetings, (SELECT count(*) FROM "EmailMessage") AS emails,
             (SELECT count(*) FROM "RecordSheet" WHERE status = 'PUBLISHED') AS "published fitxes"`);
    return Object.fromEntries(Object.entries(counts[0]).map(([k, v]) => [k, Number(v)]));
  } finally {
    await closeDatabase();
  }
}

async function main() {
  const url = process.env.SCALE_DATABASE_URL ?? DEFAULT_SCALE_URL;
  const started = performance.now();
  const counts = await seedScaleDatabase(url);
  console.table(counts);
  console.log(
    `Scale data set ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${url.replace(/\/\/[^@]*@/, "//")}`,
  );
}

if (process.argv[1]?.endsWith("seed-scale.ts")) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
