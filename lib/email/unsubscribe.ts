import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";

// Signed links to turn off non-essential reminders: the token is the person's id and an HMAC
// of it, so it needs no storage and cannot be forged for someone else.

function sign(userId: string) {
  return crypto.createHmac("sha256", env().AUTH_SECRET).update(`unsubscribe:${userId}`).digest("base64url");
}

export function unsubscribeToken(userId: string) {
  return `${userId}.${sign(userId)}`;
}

export function verifyUnsubscribeToken(token: string): string | null {
  const [userId, signature] = token.split(".");
  if (!userId || !signature) return null;
  const expected = sign(userId);
  return signature.length === expected.length && crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
    ? userId
    : null;
}

export function unsubscribePageUrl(userId: string, locale = "ca") {
  return new URL(
    `/${locale}/baixa?${new URLSearchParams({ token: unsubscribeToken(userId) })}`,
    env().APP_URL,
  ).toString();
}

/** RFC 2369 and RFC 8058 (one-click) headers for reminders. */
export function listUnsubscribeHeaders(userId: string): Record<string, string> {
  const oneClick = new URL(
    `/api/unsubscribe?${new URLSearchParams({ token: unsubscribeToken(userId) })}`,
    env().APP_URL,
  ).toString();
  return { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
