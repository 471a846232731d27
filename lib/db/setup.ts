import "server-only";
import { env } from "@/lib/env";
import { database } from "./client";
import { migrate } from "./migrations";
import { seedDemo } from "@/prisma/seed/demo";

let ready: Promise<void> | undefined;

/**
 * Prepares the embedded database on first start: migrations, then the demo data when the
 * database has nobody in it yet. A PostgreSQL server is migrated by `npm run db:migrate`
 * (a deploy step), never implicitly.
 */
export function ensureDatabase(): Promise<void> {
  ready ??= prepare().catch((error) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

async function prepare() {
  const db = database();
  if (db.kind !== "pglite") return;
  const applied = await db.withDriver((driver) => migrate(driver));
  if (applied.length) console.info(`Embedded database: applied ${applied.join(", ")}`);
  if (env().DEMO_SEED && (await db.prisma.user.count()) === 0) {
    await seedDemo(db.prisma);
    console.info("Embedded database: demo data loaded (see README, 'Demo accounts').");
  }
}
