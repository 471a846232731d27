import crypto from "node:crypto";
import { Client } from "pg";

// A fresh PostgreSQL database per test run, created on the server of TEST_DATABASE_URL and
// dropped at the end, so runs never see each other's rows.
export async function createTestDatabase(baseUrl: string, prefix: string, template?: string): Promise<string> {
  const name = `${prefix}_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    const from = template ? ` TEMPLATE "${new URL(template).pathname.slice(1)}"` : "";
    await admin.query(`CREATE DATABASE "${name}"${from}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropTestDatabase(baseUrl: string, databaseUrl: string) {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
