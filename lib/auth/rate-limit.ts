import "server-only";
import crypto from "node:crypto";
import type { Tx } from "@/lib/db/client";

type Limit = { bucket: string; key: string; max: number; windowMs: number };

/**
 * Counts recent events per (bucket, key) in the database, so the limit holds across restarts
 * and instances. Returns false, recording nothing, when any limit is reached. A transaction-level
 * advisory lock per key keeps two simultaneous requests from both slipping under the limit.
 */
export async function takeRateLimit(tx: Tx, limits: Limit[], now = new Date()): Promise<boolean> {
  const hashed = limits.map((limit) => ({ ...limit, keyHash: rateLimitKeyHash(limit.bucket, limit.key) }));
  for (const limit of [...hashed].sort((a, b) => a.keyHash.localeCompare(b.keyHash))) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${limit.keyHash}, 0))`;
  }
  for (const limit of hashed) {
    const since = new Date(now.getTime() - limit.windowMs);
    const count = await tx.rateLimitEvent.count({
      where: { bucket: limit.bucket, keyHash: limit.keyHash, createdAt: { gt: since } },
    });
    if (count >= limit.max) return false;
  }
  await tx.rateLimitEvent.createMany({
    data: hashed.map((limit) => ({ bucket: limit.bucket, keyHash: limit.keyHash, createdAt: now })),
  });
  return true;
}

/** Keys are stored hashed: the table never holds an address. */
export function rateLimitKeyHash(bucket: string, key: string) {
  return crypto.createHash("sha256").update(`${bucket}:${key}`).digest("hex");
}
