import "server-only";
import { prisma } from "@/lib/db/client";

/**
 * The one current edition (Edition.isCurrent), or null. findFirst, not findUnique: Prisma batches
 * concurrent findUnique calls into an `in` filter, which a Boolean column does not support.
 */
export function getCurrentEdition() {
  return prisma.edition.findFirst({ where: { isCurrent: true } });
}
