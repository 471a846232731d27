import { closeDatabase } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/setup";
import { createTestDatabase, dropTestDatabase } from "./test-database";

jest.setTimeout(30_000);

const base = process.env.TEST_DATABASE_URL;
const template = process.env.XMESS_DB_TEMPLATE_URL;

beforeAll(async () => {
  if (base && template) {
    process.env.DATABASE_URL = await createTestDatabase(base, "xmess_db_test", template);
  }
  await ensureDatabase();
});

afterAll(async () => {
  await closeDatabase();
  if (base && process.env.DATABASE_URL) await dropTestDatabase(base, process.env.DATABASE_URL);
});
