// The cookies that hold an Auth.js database session's token: the `__Secure-` one over HTTPS,
// the plain one on http://localhost.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * The session token a request carries, from next/headers' cookies() (getViewer) or a
 * NextRequest's cookies (the route guard, proxy.ts).
 */
export function sessionToken(cookies: { get(name: string): { value: string } | undefined }): string | undefined {
  return SESSION_COOKIES.map((name) => cookies.get(name)?.value).find(Boolean);
}
