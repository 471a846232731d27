import { env } from "@/lib/env";

// RFC 9116: where to report a vulnerability. Expires a year after it is served, so it never goes stale.
export function GET() {
  const { APP_URL, CONTACT_EMAIL } = env();
  const expires = new Date(Date.now() + 365 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const body = [
    `Contact: mailto:${CONTACT_EMAIL}`,
    `Expires: ${expires}`,
    "Preferred-Languages: ca, es, en",
    `Canonical: ${new URL("/.well-known/security.txt", APP_URL)}`,
    "",
  ].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
