// npm run db:restore -- FILE — restores a backup of npm run db:backup into an empty database:
// DATABASE_URL's (created beforehand, with no tables), or a new PGLITE_DIR. It refuses a
// database that already holds data.
import fs from "node:fs";
import path from "node:path";
import { restorePglite, restorePostgres } from "@/lib/db/backup";
import { env } from "@/lib/env";

async function main() {
  const file = process.argv[2];
  if (!file || !fs.existsSync(file))
    throw new Error("Usage: npm run db:restore -- FILE (a backup of npm run db:backup)");
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) {
    if (!file.endsWith(".dump")) throw new Error("A PostgreSQL database restores a .dump backup.");
    await restorePostgres(DATABASE_URL, file);
  } else {
    if (!file.endsWith(".tar.gz")) throw new Error("The embedded database restores a .tar.gz backup.");
    await restorePglite(path.resolve(PGLITE_DIR), file);
  }
  console.log(`Restored ${file}. Run npm run db:migrate if the backup is older than this version.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
