import "server-only";
import crypto from "node:crypto";
import { prisma, type Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { ExpiresIn } from "@/emails/SignInLinkEmail";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Auth.js stores email tokens as SHA-256(token + secret) and looks them up the same way in its
 * callback (POST /api/auth/callback/email), deleting them on first use. Links are created here
 * rather than by Auth.js's sign-in endpoint so that rate limits, the unknown-address rule and
 * the outbox apply, and so that the link opens a confirmation page instead of signing in on GET.
 */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(`${token}${env().AUTH_SECRET}`).digest("hex");
}

export async function createMagicLink(
  tx: Tx,
  {
    email,
    locale,
    maxAgeSeconds,
    next,
    now = new Date(),
  }: { email: string; locale: Locale; maxAgeSeconds: number; next?: string; now?: Date },
) {
  const token = crypto.randomBytes(32).toString("base64url");
  const expires = new Date(now.getTime() + maxAgeSeconds * 1000);
  await tx.verificationToken.deleteMany({ where: { identifier: email, expires: { lt: now } } });
  await tx.verificationToken.create({ data: { identifier: email, token: hashToken(token), expires } });
  const url = new URL(`/${locale}/entrar/confirmar`, env().APP_URL);
  url.search = new URLSearchParams({ token, email, ...(next ? { next } : {}) }).toString();
  return { url: url.toString(), expires };
}

/** Reads a link's state without spending it (the confirmation page shows it before the POST). */
export async function inspectMagicLink({
  token,
  email,
  now = new Date(),
}: {
  token: string;
  email: string;
  now?: Date;
}) {
  const row = await prisma.verificationToken.findUnique({
    where: { identifier_token: { identifier: email, token: hashToken(token) } },
    select: { expires: true },
  });
  if (!row) return "invalid" as const;
  return row.expires < now ? ("expired" as const) : ("valid" as const);
}

/**
 * Where a person lands after signing in when no page was asked for: the secretariat's dashboard
 * or the technicians' home, in their language (a page that redirects would cost a second request).
 */
export async function landingPath(email: string, locale: string) {
  const user = await prisma.user.findUnique({ where: { email }, select: { role: true, locale: true } });
  // In the person's own language (their profile's), whatever the page the link was asked from.
  const language = user?.locale ?? locale;
  return user?.role === "SECRETARIAT" ? `/${language}/secretaria` : `/${language}/inici`;
}

/** How long a link lasts, for the email to say in the recipient's language ("d'aquí a 15 minuts"). */
export function expiresIn(seconds: number): ExpiresIn {
  if (seconds % 86_400 === 0) return { unit: "days", count: seconds / 86_400 };
  if (seconds < 60) return { unit: "seconds", count: seconds };
  return { unit: "minutes", count: Math.round(seconds / 60) };
}
