import "server-only";
import { database } from "./client";
import { readMigrations } from "./migrations";
import { ensureDatabase } from "./setup";

export type Health =
  | { status: "ok"; database: "pglite" | "postgresql"; migrations: "up-to-date" }
  | { status: "error"; database: "pglite" | "postgresql"; reason: string; pending?: string[] };

const expected = readMigrations().map((m) => m.name);

export async function checkHealth(): Promise<Health> {
  const db = database();
  try {
    await ensureDatabase();
    const applied = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = expected.filter((name) => !done.has(name));
    if (pending.length) {
      return { status: "error", database: db.kind, reason: "migrations pending (run npm run db:migrate)", pending };
    }
    return { status: "ok", database: db.kind, migrations: "up-to-date" };
  } catch (error) {
    const missingTable = String(error).includes("_prisma_migrations");
    return {
      status: "error",
      database: db.kind,
      reason: missingTable ? "migrations pending (run npm run db:migrate)" : "database unreachable",
      ...(missingTable ? { pending: expected } : {}),
    };
  }
}
