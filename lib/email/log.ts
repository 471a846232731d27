import "server-only";
import { sortable } from "@/lib/sorting";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";
import { activeHold } from "./hold";
import { holdsSecretLink, languageOf, messageFor } from "./registry";
import { renderEmail } from "./render";

export type EmailLogFilters = { q?: string; template?: string; status?: string; pagina?: string; ordre?: string };

/** The orders of the email log (`?ordre=`); the newest first by default. */
export const emailsSort = sortable<Prisma.EmailMessageOrderByWithRelationInput>(
  {
    assumpte: (d) => [{ subject: d }, { createdAt: "desc" }],
    destinatari: (d) => [{ toEmail: d }, { createdAt: "desc" }],
    plantilla: (d) => [{ template: d }, { createdAt: "desc" }],
    estat: (d) => [{ status: d }, { createdAt: "desc" }],
    creat: (d) => [{ createdAt: d }],
  },
  { key: "creat", direction: "desc" },
  (d) => ({ id: d }),
);

export const EMAILS_PAGE_SIZE = 50;
const STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "EXPIRED"] as const;

/** The secretariat's email log, in the order asked (newest first by default), one page at a time: search by person (address or name), template and status. */
export async function listEmails(actor: Viewer | null, filters: EmailLogFilters = {}) {
  assertPermission(actor, "email:log");
  const where: Prisma.EmailMessageWhereInput = {
    ...(filters.q
      ? {
          OR: [
            { toEmail: { contains: filters.q.toLowerCase() } },
            { toUser: { name: { contains: filters.q, mode: "insensitive" } } },
          ],
        }
      : {}),
    ...(filters.template ? { template: filters.template } : {}),
    ...(STATUSES.includes(filters.status as (typeof STATUSES)[number])
      ? { status: filters.status as (typeof STATUSES)[number] }
      : {}),
  };
  const sort = emailsSort.read(filters.ordre);
  const orderBy = emailsSort.orderBy(sort);
  const [page, templates, hold] = await Promise.all([
    pageByIds(filters.pagina, EMAILS_PAGE_SIZE, {
      count: () => prisma.emailMessage.count({ where }),
      ids: (skip, take) => prisma.emailMessage.findMany({ where, orderBy, skip, take, select: { id: true } }),
      // Each with the language its subject is written in (the recipient's, or the one it was queued in).
      rows: async (ids) =>
        (
          await prisma.emailMessage.findMany({
            where: { id: { in: ids } },
            select: {
              id: true,
              template: true,
              toEmail: true,
              subject: true,
              status: true,
              attempts: true,
              createdAt: true,
              sentAt: true,
              lastError: true,
              payload: true,
              toUser: { select: { name: true, locale: true } },
            },
          })
        ).map(({ payload, ...row }) => ({ ...row, language: languageOf(row.toUser?.locale, payload) })),
    }),
    templatesInUse(),
    activeHold(),
  ]);
  return { ...page, sort, hold, templates };
}

/**
 * The templates the log holds, for its filter. PostgreSQL reads a DISTINCT over every message
 * (50,000 at scale, each request); this walks the (template, createdAt) index instead, one
 * probe per template (a "loose index scan").
 */
async function templatesInUse(): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ template: string }[]>`
    WITH RECURSIVE t AS (
      (SELECT template FROM "EmailMessage" ORDER BY template LIMIT 1)
      UNION ALL
      SELECT (SELECT template FROM "EmailMessage" WHERE template > t.template ORDER BY template LIMIT 1)
        FROM t WHERE t.template IS NOT NULL
    )
    SELECT template FROM t WHERE template IS NOT NULL`;
  return rows.map((row) => row.template);
}

/**
 * One email of the log. An email not rendered yet (a reminder or a sign-in link waiting to be
 * sent) is shown as it will go out, in the recipient's language unless another is asked for, with
 * a placeholder where a sign-in link would be; `preview` says so.
 */
export async function getEmail(actor: Viewer | null, id: string, { locale }: { locale?: "ca" | "es" } = {}) {
  assertPermission(actor, "email:log");
  const email = await prisma.emailMessage.findUnique({
    where: { id },
    include: { toUser: { select: { id: true, name: true, locale: true } } },
  });
  if (!email) throw notFound();
  // A sent copy is in the language it was rendered in (its <html lang>).
  const sentIn = /<html[^>]*\slang="(ca|es)"/.exec(email.html)?.[1] as "ca" | "es" | undefined;
  if (email.html && !locale) return { ...email, language: sentIn ?? null, preview: false };
  const language = locale ?? languageOf(email.toUser?.locale, email.payload);
  const built = messageFor(email.template, email.payload, email.toUserId, language, { preview: true });
  if (!built) return { ...email, language: null, preview: false };
  return { ...email, subject: built.subject, ...(await renderEmail(built.element)), language, preview: true };
}

/** Sends a failed message again (same idempotency key: the provider never sends it twice). */
export async function resendEmail(actor: Viewer | null, id: string) {
  assertPermission(actor, "email:log");
  return prisma.$transaction(async (tx) => {
    const email = await tx.emailMessage.findUnique({ where: { id }, select: { template: true, payload: true } });
    const expiresAt = (email?.payload as { expiresAt?: string } | null)?.expiresAt;
    if (email && holdsSecretLink(email.template) && !(expiresAt && Date.parse(expiresAt) > Date.now())) {
      throw conflict({ key: "log.enllacEntradaCorreuCaducat" });
    }
    const { count } = await tx.emailMessage.updateMany({
      where: { id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null, lockedUntil: null },
    });
    if (!count) throw conflict({ key: "log.nomesPodenReenviarCorreus" });
    await recordAuditEvent(tx, { actorId: actor.id, action: "email.resent", entityType: "EmailMessage", entityId: id });
    return { id };
  });
}
