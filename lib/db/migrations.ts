import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// The project's own migration runner. It reads Prisma-format migrations
// (prisma/migrations/<timestamp>_<name>/migration.sql) and keeps Prisma's
// _prisma_migrations table, so `prisma migrate deploy` on a connected server agrees with it.

export type SqlDriver = {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /** Runs one statement with $1… parameters and returns its rows. */
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script inside one transaction. */
  execInTransaction(sql: string): Promise<void>;
};

export type Migration = { name: string; sql: string; checksum: string };

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// Arbitrary constant shared by every process that migrates this database.
const LOCK_ID = 72_707_001;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export async function appliedMigrations(driver: SqlDriver): Promise<AppliedRow[]> {
  const [{ exists }] = await driver.rows<{ exists: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS "exists"`,
  );
  if (!exists) return [];
  return driver.rows<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
}

export async function pendingMigrations(driver: SqlDriver, migrations = readMigrations()): Promise<string[]> {
  const done = new Set(
    (await appliedMigrations(driver)).filter((m) => m.finished_at && !m.rolled_back_at).map((m) => m.migration_name),
  );
  return migrations.filter((m) => !done.has(m.name)).map((m) => m.name);
}

/** Applies every pending migration, each in its own transaction; returns the names applied. */
export async function migrate(driver: SqlDriver, migrations = readMigrations()): Promise<string[]> {
  await driver.exec(`SELECT pg_advisory_lock(${LOCK_ID})`);
  try {
    await driver.exec(CREATE_TABLE);
    const applied = await appliedMigrations(driver);
    const failed = applied.find((m) => !m.finished_at && !m.rolled_back_at);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back; fix the database, then mark it rolled back.`,
      );
    }
    const done = new Map(applied.filter((m) => !m.rolled_back_at).map((m) => [m.migration_name, m.checksum]));
    const ran: string[] = [];
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          console.warn(`Migration ${migration.name} was edited after it was applied (checksum differs).`);
        }
        continue;
      }
      await applyOne(driver, migration);
      ran.push(migration.name);
    }
    return ran;
  } finally {
    await driver.exec(`SELECT pg_advisory_unlock(${LOCK_ID})`);
  }
}

async function applyOne(driver: SqlDriver, migration: Migration) {
  const id = crypto.randomUUID();
  await driver.rows(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    await driver.execInTransaction(migration.sql);
  } catch (error) {
    await driver.rows(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, String(error)]);
    throw error;
  }
  await driver.rows(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
}
