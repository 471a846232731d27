// npm run db:backup [-- DIRECTORY] — a dated backup of the database (DATABASE_URL: pg_dump's
// custom format; otherwise the embedded database under PGLITE_DIR, which must not be open in a
// running app). Writes into BACKUP_DIR or the directory given (default "backups").
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { backupFileName, backupPglite, backupPostgres } from "@/lib/db/backup";
import { env } from "@/lib/env";

async function main() {
  const { DATABASE_URL, PGLITE_DIR } = env();
  const dir = path.resolve(process.argv[2] ?? process.env.BACKUP_DIR ?? "backups");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, backupFileName(DATABASE_URL ? "postgresql" : "pglite"));
  if (DATABASE_URL) {
    await backupPostgres(DATABASE_URL, file);
  } else {
    if (PGLITE_DIR.startsWith("memory://")) throw new Error("PGLITE_DIR is in memory: there is nothing to back up.");
    const db = new PGlite(path.resolve(PGLITE_DIR));
    try {
      await backupPglite(db, file);
    } finally {
      await db.close();
    }
  }
  console.log(`Backup written: ${file} (${fs.statSync(file).size} bytes)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
