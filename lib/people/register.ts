import "server-only";
import { createMagicLink, expiresIn } from "@/lib/auth/magic-link";
import { admitSignInRequest, takeSignInEmail } from "@/lib/auth/sign-in-limits";
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
  clientKey: string | undefined;
  now?: Date;
}) {
  const config = env();
  return prisma.$transaction(async (tx) => {
    const { answer, person } = await admitSignInRequest(tx, { email, clientKey, now });
    if (answer) return answer;
    if (!(await takeSignInEmail(tx, now))) return { status: "accepted" } as const;
    const maxAgeSeconds = Math.round(config.MAGIC_LINK_MAX_AGE_MINUTES * 60);
    const next = `/${locale}/perfil${person ? "" : `?vull=${intent}`}`;
    const link = await createMagicLink(tx, { email, locale, maxAgeSeconds, next, now });
    await sendSignInLinkEmail(tx, {
      to: email,
      userId: person?.id ?? null,
      url: link.url,
      expires: link.expires,
      expiresIn: expiresIn(maxAgeSeconds),
      purpose: person ? "sign-in" : "registration",
      locale,
    });
    return { status: "accepted" } as const;
  });
}
