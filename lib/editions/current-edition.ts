import { prisma } from "@/lib/db/client";

/** The one current edition (Edition.isCurrent), or null. */
export function getCurrentEdition() {
  return prisma.edition.findUnique({ where: { isCurrent: true } });
}
