import { prisma } from "./client";

/**
 * The database's data version: one more for every committed transaction that wrote any table
 * (migration 20261129103817_data_version). 0 before the first write.
 */
export async function currentDataVersion(): Promise<bigint> {
  const row = await prisma.dataVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0n;
}
