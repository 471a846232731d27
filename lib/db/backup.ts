import "server-only";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { Client } from "pg";
import type { SqlDriver } from "./migrations";

// Backups and restores (npm run db:backup / db:restore). PostgreSQL: pg_dump's custom format,
// restored with pg_restore, the tools PostgreSQL ships for this. The embedded database: PGlite's
// own dump of its data directory (a tar.gz), loaded into a new directory. A restore goes only
// into an empty database: it never mixes a backup with live data.

/** Runs one of PostgreSQL's tools; its errors come back with what the tool printed. */
function run(command: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) =>
      reject(new Error(`${command} could not start (is the PostgreSQL client installed?): ${error.message}`)),
    );
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ended with code ${code}: ${stderr.trim()}`)),
    );
  });
}

export async function backupPostgres(databaseUrl: string, file: string) {
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, databaseUrl]);
}

export async function restorePostgres(databaseUrl: string, file: string) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await assertEmpty(pgTables(client));
  } finally {
    await client.end();
  }
  await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${databaseUrl}`, file]);
}

/** The embedded database's data directory as a tar.gz (the database must not be open elsewhere). */
export async function backupPglite(db: PGlite, file: string) {
  await db.waitReady;
  const dump = await db.dumpDataDir("gzip");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}

/** Loads a PGlite backup into `dataDir`, which must not hold a database yet. */
export async function restorePglite(dataDir: string, file: string) {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0)
    throw new Error(`${dataDir} already holds data: restore into an empty directory.`);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = new PGlite(dataDir, { loadDataDir: new Blob([fs.readFileSync(file)]) });
  await db.waitReady;
  await db.close();
}

const TABLES_SQL = `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;

async function pgTables(client: Client) {
  return (await client.query<{ name: string }>(TABLES_SQL)).rows.map((r) => r.name);
}

async function assertEmpty(tables: Promise<string[]>) {
  const found = await tables;
  if (found.length)
    throw new Error(
      `The target database already has tables (${found.slice(0, 5).join(", ")}…): restore into an empty one.`,
    );
}

/** Every table's row count and a checksum of its rows, to compare a restore with its source. */
export async function tableChecksums(driver: SqlDriver) {
  const tables = (await driver.rows<{ name: string }>(TABLES_SQL)).map((r) => r.name);
  const result: Record<string, { rows: number; checksum: string }> = {};
  for (const table of tables) {
    const [row] = await driver.rows<{ rows: string | number; checksum: string | null }>(
      `SELECT count(*) AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS checksum FROM "${table}" t`,
    );
    result[table] = { rows: Number(row.rows), checksum: row.checksum ?? "" };
  }
  return result;
}

/** The name of a new backup file: the kind of database and the time, e.g. xmess-2026-11-30T0300Z.dump. */
export function backupFileName(kind: "postgresql" | "pglite", now = new Date()) {
  const stamp = now.toISOString().slice(0, 16).replace(/:/g, "");
  return `xmess-${stamp}Z.${kind === "postgresql" ? "dump" : "tar.gz"}`;
}
