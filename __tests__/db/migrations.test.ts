import { database } from "@/lib/db/client";
import { checkHealth } from "@/lib/db/health";
import { appliedMigrations, migrate, pendingMigrations, readMigrations } from "@/lib/db/migrations";

describe("migration runner", () => {
  it("has applied every migration, recorded like Prisma does, and a second run applies nothing", async () => {
    const db = database();
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    const rows = await db.withDriver((driver) => appliedMigrations(driver));
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i].checksum);
      expect(row.finished_at).toBeInstanceOf(Date);
    }
    expect(await db.withDriver((driver) => migrate(driver))).toEqual([]);
    expect(await db.withDriver((driver) => pendingMigrations(driver))).toEqual([]);
  });

  it("reports a migration that is not applied yet as pending", async () => {
    const db = database();
    const extra = { name: "99999999999999_future", sql: "SELECT 1;", checksum: "x" };
    const pending = await db.withDriver((driver) => pendingMigrations(driver, [...readMigrations(), extra]));
    expect(pending).toEqual(["99999999999999_future"]);
  });

  it("answers the health check as up to date", async () => {
    const health = await checkHealth();
    expect(health).toEqual({
      status: "ok",
      database: process.env.DATABASE_URL ? "postgresql" : "pglite",
      migrations: "up-to-date",
    });
  });
});
