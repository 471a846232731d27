import "server-only";
import { prisma } from "@/lib/db/client";

/** The local mailbox, newest first (development and tests only; see isDevMailboxEnabled). */
export function listMailbox({ to, limit = 100 }: { to?: string; limit?: number } = {}) {
  return prisma.mailboxMessage.findMany({
    where: to ? { to: to.toLowerCase() } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(limit, 500),
    select: { id: true, to: true, subject: true, text: true, html: true, attachments: true, createdAt: true },
  });
}
