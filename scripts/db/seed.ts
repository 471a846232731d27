import { closeDatabase, prisma } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/setup";
import { seedDemo } from "@/prisma/seed/demo";

async function main() {
  await ensureDatabase();
  await seedDemo(prisma);
  console.log("Demo data loaded.");
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(closeDatabase);
