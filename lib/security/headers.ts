// The Content-Security-Policy of every page: scripts only with this response's nonce (Next.js
// puts it on its own scripts when it finds it in the request's policy: proxy.ts), and what they
// load themselves ('strict-dynamic'); no eval outside development; no plugins, no framing, no
// <base> or form posts to other sites. Styles allow inline attributes (bar widths in charts).

export function contentSecurityPolicy(nonce: string, { development = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Strict-Transport-Security, when the app is served over https (APP_URL): two years, subdomains included. */
export const HSTS = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}
