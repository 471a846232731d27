import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Client } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import {
  backupFileName,
  backupPglite,
  backupPostgres,
  restorePglite,
  restorePostgres,
  tableChecksums,
} from "@/lib/db/backup";
import { pgDriver, pgliteDriver } from "@/lib/db/drivers";
import { migrate } from "@/lib/db/migrations";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/prisma/seed/demo";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

jest.setTimeout(120_000);

const work = fs.mkdtempSync(path.join(os.tmpdir(), "xmess-backup-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const base = process.env.TEST_DATABASE_URL;

async function withPg<T>(url: string, fn: (client: Client) => Promise<T>) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

(base ? describe : describe.skip)("backup and restore on PostgreSQL (pg_dump / pg_restore)", () => {
  const created: string[] = [];
  afterAll(async () => {
    for (const url of created) await dropTestDatabase(base!, url);
  });

  it("restores the demo data into an empty database, table for table, and refuses a database with data", async () => {
    const source = await createTestDatabase(base!, "xmess_backup_src");
    const target = await createTestDatabase(base!, "xmess_backup_dst");
    created.push(source, target);
    await withPg(source, (client) => migrate(pgDriver(client)));
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: source }) });
    try {
      await seedDemo(prisma);
    } finally {
      await prisma.$disconnect();
    }

    const file = path.join(work, backupFileName("postgresql"));
    await backupPostgres(source, file);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    await restorePostgres(target, file);

    const before = await withPg(source, (client) => tableChecksums(pgDriver(client)));
    const after = await withPg(target, (client) => tableChecksums(pgDriver(client)));
    expect(Object.keys(before)).toContain("_prisma_migrations");
    expect(before.User.rows).toBeGreaterThan(5);
    expect(after).toEqual(before);

    await expect(restorePostgres(target, file)).rejects.toThrow(/already has tables/);
    expect(await withPg(target, (client) => tableChecksums(pgDriver(client)))).toEqual(before);
  });
});

describe("backup and restore of the embedded database (PGlite's data directory dump)", () => {
  it("restores the demo data into a new directory, table for table, and refuses one with data", async () => {
    const source = new PGlite();
    await migrate(pgliteDriver(source));
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(source) });
    await seedDemo(prisma);
    const before = await tableChecksums(pgliteDriver(source));
    const file = path.join(work, backupFileName("pglite"));
    await backupPglite(source, file);
    await prisma.$disconnect();
    await source.close();

    const dataDir = path.join(work, "restored");
    await restorePglite(dataDir, file);
    const restored = new PGlite(dataDir);
    try {
      const after = await tableChecksums(pgliteDriver(restored));
      expect(before.User.rows).toBeGreaterThan(5);
      expect(after).toEqual(before);
    } finally {
      await restored.close();
    }
    await expect(restorePglite(dataDir, file)).rejects.toThrow(/already holds data/);
  });
});
