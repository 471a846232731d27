import { prisma } from "@/lib/db/client";
import { sendSignInLinkEmail } from "@/lib/email/senders/sign-in-link";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { createMagicLink, expiresInText } from "./magic-link";
import { takeRateLimit } from "./rate-limit";
import { safeNextPath } from "./schema";

export type SignInRequest = { email: string; locale: Locale; clientKey: string; next?: string; now?: Date };
export type SignInRequestResult = { status: "accepted" } | { status: "rate-limited" };

/**
 * Sends a sign-in link to a known, active person. The answer is the same whether or not the
 * address is known, and an unknown address gets no email (registration is its own path).
 * Rate limits apply per address and per client before anything else, to everyone alike.
 */
export async function requestSignInLink({ email, locale, clientKey, next, now = new Date() }: SignInRequest): Promise<SignInRequestResult> {
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

    const person = await tx.user.findUnique({
      where: { email },
      select: { id: true, deactivatedAt: true, erasedAt: true },
    });
    if (!person || person.deactivatedAt || person.erasedAt) return { status: "accepted" } as const;

    const maxAgeSeconds = Math.round(config.MAGIC_LINK_MAX_AGE_MINUTES * 60);
    const link = await createMagicLink(tx, { email, locale, maxAgeSeconds, next: safeNextPath(next, locale), now });
    await sendSignInLinkEmail(tx, {
      to: email,
      userId: person.id,
      url: link.url,
      expiresInText: expiresInText(maxAgeSeconds),
      purpose: "sign-in",
    });
    return { status: "accepted" } as const;
  });
}
