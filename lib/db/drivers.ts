import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import type { Client } from "pg";
import type { SqlDriver } from "./migrations";

export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async rows<T>(sql: string, params: unknown[] = []) {
      return (await db.query<T>(sql, params)).rows;
    },
    async execInTransaction(sql) {
      await db.transaction(async (tx) => {
        await tx.exec(sql);
      });
    },
  };
}

export function pgDriver(client: Client): SqlDriver {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async rows<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async execInTransaction(sql) {
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
  };
}
