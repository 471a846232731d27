import "server-only";
import { activeHold } from "@/lib/email/hold";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { database } from "./client";
import { readMigrations } from "./migrations";
import { ensureDatabase } from "./setup";

/** The scheduled work: the outbox's backlog and the last sweep (null when it never ran). */
type Scheduling = {
  outbox: { pending: number; oldestPendingSeconds: number | null };
  sweep: { lastRunAt: string | null; overdue: boolean };
  /** Sending held by the provider's answer (lib/email/hold.ts), until when. */
  sending: { held: string | null; until: string | null };
};

export type Health =
  | ({ status: "ok" | "degraded"; database: "pglite" | "postgresql"; migrations: "up-to-date" } & Scheduling)
  | { status: "error"; database: "pglite" | "postgresql"; reason: string; pending?: string[] };

const expected = readMigrations().map((m) => m.name);

export async function checkHealth(): Promise<Health> {
  const db = database();
  try {
    await ensureDatabase();
    const applied = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = expected.filter((name) => !done.has(name));
    if (pending.length) {
      return { status: "error", database: db.kind, reason: "migrations pending (run npm run db:migrate)", pending };
    }
    const scheduling = await schedulingHealth(db.prisma);
    return {
      // Up, but what is due may not be happening: the sweep is overdue.
      status: scheduling.sweep.overdue || scheduling.sending.held ? "degraded" : "ok",
      database: db.kind,
      migrations: "up-to-date",
      ...scheduling,
    };
  } catch (error) {
    const missingTable = String(error).includes("_prisma_migrations");
    return {
      status: "error",
      database: db.kind,
      reason: missingTable ? "migrations pending (run npm run db:migrate)" : "database unreachable",
      ...(missingTable ? { pending: expected } : {}),
    };
  }
}

async function schedulingHealth(prisma: PrismaClient, now = new Date()): Promise<Scheduling> {
  const [pending, oldest, sweep, hold] = await Promise.all([
    prisma.emailMessage.count({ where: { status: { in: ["PENDING", "SENDING"] } } }),
    prisma.emailMessage.findFirst({
      where: { status: { in: ["PENDING", "SENDING"] } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    prisma.schedulerRun.findUnique({ where: { name: "sweep" } }),
    activeHold(prisma, now),
  ]);
  const overdueAfterMs = env().SWEEP_OVERDUE_MINUTES * 60_000;
  return {
    outbox: {
      pending,
      oldestPendingSeconds: oldest ? Math.round((now.getTime() - oldest.createdAt.getTime()) / 1000) : null,
    },
    sweep: {
      lastRunAt: sweep?.lastRunAt.toISOString() ?? null,
      overdue: !sweep || now.getTime() - sweep.lastRunAt.getTime() > overdueAfterMs,
    },
    sending: { held: hold?.reason ?? null, until: hold?.until.toISOString() ?? null },
  };
}
