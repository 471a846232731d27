import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";

// A sign-in link waits in the outbox until it is sent. It is stored sealed (AES-256-GCM with a
// key derived from AUTH_SECRET), so the stored row, the email log and a database copy never hold
// a link anyone could use; the delivery worker opens it just before sending.

function key() {
  return Buffer.from(crypto.hkdfSync("sha256", env().AUTH_SECRET, "", "mentoria-xmess email link", 32));
}

export function seal(text: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

/** The sealed text, or null when it was sealed with another secret or altered. */
export function unseal(sealed: string): string | null {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
