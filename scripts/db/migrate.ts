import { closeDatabase, database } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrations";

async function main() {
  const db = database();
  const applied = await db.withDriver((driver) => migrate(driver));
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to the ${db.kind} database: ${applied.join(", ")}`
      : `The ${db.kind} database is up to date.`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeDatabase);
