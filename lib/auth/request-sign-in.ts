import "server-only";
import { prisma } from "@/lib/db/client";
import { sendSignInLinkEmail } from "@/lib/email/senders/sign-in-link";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { createMagicLink, expiresIn } from "./magic-link";
import { safeNextPath } from "./schema";
import { admitSignInRequest, takeSignInEmail } from "./sign-in-limits";

export type SignInRequest = { email: string; locale: Locale; clientKey: string | undefined; next?: string; now?: Date };
export type SignInRequestResult = { status: "accepted" } | { status: "rate-limited" };

/**
 * Sends a sign-in link to a known, active person. The answer is the same whether or not the
 * address is known, and an unknown address gets no email (registration is its own path).
 * Rate limits apply per address and per client before anything else, to everyone alike; the
 * hourly ceiling on sign-in emails (lib/auth/sign-in-limits.ts) keeps the same neutral answer.
 */
export async function requestSignInLink({
  email,
  locale,
  clientKey,
  next,
  now = new Date(),
}: SignInRequest): Promise<SignInRequestResult> {
  const config = env();
  return prisma.$transaction(async (tx) => {
    const { answer, person } = await admitSignInRequest(tx, { email, clientKey, now });
    if (answer) return answer;
    if (!person) return { status: "accepted" } as const;
    if (!(await takeSignInEmail(tx, now))) return { status: "accepted" } as const;

    const maxAgeSeconds = Math.round(config.MAGIC_LINK_MAX_AGE_MINUTES * 60);
    const link = await createMagicLink(tx, { email, locale, maxAgeSeconds, next: safeNextPath(next, locale), now });
    await sendSignInLinkEmail(tx, {
      to: email,
      userId: person.id,
      url: link.url,
      expires: link.expires,
      expiresIn: expiresIn(maxAgeSeconds),
      purpose: "sign-in",
      locale,
    });
    return { status: "accepted" } as const;
  });
}
