import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { Client } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { pgDriver, pgliteDriver } from "./drivers";
import { countQuery, queryProbeEnabled } from "./query-probe";
import { statementName } from "./statement-names";
import type { SqlDriver } from "./migrations";

// One database per process: PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set,
// otherwise an embedded PGlite database under PGLITE_DIR (".data/pglite"; "memory://" for an
// in-memory one). Kept on globalThis so hot reloads and duplicated module graphs in Next's dev
// server never open the same PGlite directory twice.

export type DatabaseKind = "pglite" | "postgresql";

type Database = {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** A raw driver for migrations and health checks (PGlite: the same instance). */
  withDriver<T>(fn: (driver: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

const globalForDb = globalThis as unknown as { __xmessDatabase?: Database };

export function database(): Database {
  globalForDb.__xmessDatabase ??= openDatabase();
  return globalForDb.__xmessDatabase;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = database().prisma;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = Prisma.TransactionClient;

/** A client on a driver adapter; with the query probe on, every query is also counted. */
function client(adapter: NonNullable<ConstructorParameters<typeof PrismaClient>[0]["adapter"]>) {
  if (!queryProbeEnabled()) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  (prisma as unknown as { $on(event: "query", listener: () => void): void }).$on("query", countQuery);
  return prisma;
}

function openDatabase(): Database {
  const { DATABASE_URL, PGLITE_DIR, DATABASE_PREPARED_STATEMENTS } = env();
  if (DATABASE_URL) {
    const prisma = client(
      new PrismaPg(
        { connectionString: DATABASE_URL },
        DATABASE_PREPARED_STATEMENTS ? { statementNameGenerator: statementName } : undefined,
      ),
    );
    return {
      kind: "postgresql",
      prisma,
      async withDriver(fn) {
        const client = new Client({ connectionString: DATABASE_URL });
        await client.connect();
        try {
          return await fn(pgDriver(client));
        } finally {
          await client.end();
        }
      },
      async close() {
        await prisma.$disconnect();
      },
    };
  }
  const dataDir = PGLITE_DIR.startsWith("memory://") ? PGLITE_DIR : path.resolve(PGLITE_DIR);
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  const prisma = client(new PrismaPGlite(pglite));
  return {
    kind: "pglite",
    prisma,
    withDriver: (fn) => fn(pgliteDriver(pglite)),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

export async function closeDatabase() {
  const db = globalForDb.__xmessDatabase;
  globalForDb.__xmessDatabase = undefined;
  await db?.close();
}
