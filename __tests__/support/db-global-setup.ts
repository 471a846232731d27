import "./server-only-outside-jest";
import { Client } from "pg";
import { pgDriver } from "@/lib/db/drivers";
import { migrate } from "@/lib/db/migrations";
import { createTestDatabase } from "./test-database";

// With TEST_DATABASE_URL: one migrated template database per run; each test file then gets a
// fresh copy of it (db-setup.ts). Without it, each test file gets an in-memory PGlite.
export default async function globalSetup() {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const url = await createTestDatabase(base, "xmess_tpl");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await migrate(pgDriver(client));
  } finally {
    await client.end();
  }
  process.env.XMESS_DB_TEMPLATE_URL = url;
}
