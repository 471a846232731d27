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

  it("answers the health check as up to date, degraded while the sweep is overdue, with the outbox's backlog", async () => {
    const { prisma } = database();
    await prisma.schedulerRun.deleteMany({ where: { name: "sweep" } });
    const never = await checkHealth();
    expect(never).toMatchObject({
      status: "degraded",
      database: process.env.DATABASE_URL ? "postgresql" : "pglite",
      migrations: "up-to-date",
      sweep: { lastRunAt: null, overdue: true },
    });

    const longAgo = new Date(Date.now() - 31 * 60_000);
    await prisma.schedulerRun.create({ data: { name: "sweep", lastRunAt: longAgo } });
    expect(await checkHealth()).toMatchObject({
      status: "degraded",
      sweep: { lastRunAt: longAgo.toISOString(), overdue: true },
    });

    // The sweep records its run like this (lib/reminders/sweep.ts; run for real by the e2e tick).
    await prisma.schedulerRun.update({ where: { name: "sweep" }, data: { lastRunAt: new Date() } });
    const email = await prisma.emailMessage.create({
      data: {
        template: "health-test",
        toEmail: "health@example.org",
        subject: "Prova",
        html: "<p>Prova</p>",
        text: "Prova",
        idempotencyKey: "health-test",
        // Not due yet: no delivery running in the background picks it up during the test.
        nextAttemptAt: new Date(Date.now() + 3_600_000),
        createdAt: new Date(Date.now() - 120_000),
      },
    });
    try {
      const health = await checkHealth();
      expect(health).toMatchObject({ status: "ok", sweep: { overdue: false } });
      if (health.status === "error") throw new Error("unexpected");
      expect(health.outbox.pending).toBeGreaterThanOrEqual(1);
      expect(health.outbox.oldestPendingSeconds).toBeGreaterThanOrEqual(119);
    } finally {
      await prisma.emailMessage.delete({ where: { id: email.id } });
    }
  });
});
