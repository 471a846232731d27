import { dropTestDatabase } from "./test-database";

export default async function globalTeardown() {
  const base = process.env.TEST_DATABASE_URL;
  const url = process.env.XMESS_DB_TEMPLATE_URL;
  if (base && url) await dropTestDatabase(base, url);
}
