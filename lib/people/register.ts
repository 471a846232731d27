import { createMagicLink, expiresInText } from "@/lib/auth/magic-link";
import { takeRateLimit } from "@/lib/auth/rate-limit";
import { prisma } from "@/lib/db/client";
import { sendSignInLinkEmail } from "@/lib/email/senders/sign-in-link";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";

export type RegistrationIntent = "mentee" | "mentor";

/**
 * Self-registration ("Vull rebre mentoria" / "Vull ser persona mentora"): emails a link that
 * proves the address; the account is created when the link is used, and the person then
 * completes their profile. A known address simply gets a sign-in link. Same answer for all.
 */
export async function requestRegistration({
  email,
  intent,
  locale,
  clientKey,
  now = new Date(),
}: {
  email: string;
  intent: RegistrationIntent;
  locale: Locale;
  clientKey: string;
  now?: Date;
}) {
  const config = env();
  const windowMs = config.SIGN_IN_LIMIT_WINDOW_MINUTES * 60_000;
  return prisma.$transaction(async (tx) => {
    const allowed = await takeRateLimit(
      tx,
      [
        { bucket: "sign-in:address", key: email, max: config.SIGN_IN_LIMIT_PER_ADDRESS, windowMs },
        { bucket: "sign-in:client", key: clientKey, max: config.SIGN_IN_LIMIT_PER_CLIENT, windowMs },
      ],
      now,
    );
    if (!allowed) return { status: "rate-limited" } as const;
    const person = await tx.user.findUnique({ where: { email }, select: { id: true, deactivatedAt: true, erasedAt: true } });
    if (person && (person.deactivatedAt || person.erasedAt)) return { status: "accepted" } as const;
    const maxAgeSeconds = Math.round(config.MAGIC_LINK_MAX_AGE_MINUTES * 60);
    const next = `/${locale}/perfil${person ? "" : `?vull=${intent}`}`;
    const link = await createMagicLink(tx, { email, locale, maxAgeSeconds, next, now });
    await sendSignInLinkEmail(tx, {
      to: email,
      userId: person?.id ?? null,
      url: link.url,
      expiresInText: expiresInText(maxAgeSeconds),
      purpose: person ? "sign-in" : "registration",
    });
    return { status: "accepted" } as const;
  });
}
