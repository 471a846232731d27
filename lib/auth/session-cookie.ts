// The cookies that hold an Auth.js database session's token: the `__Secure-` one over HTTPS,
// the plain one on http://localhost.
export const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type CookieReader = { get(name: string): { value: string } | undefined };

/**
 * The session token a request carries, from next/headers' cookies() (getViewer) or a
 * NextRequest's cookies (the route guard, proxy.ts).
 */
export function sessionToken(cookies: CookieReader): string | undefined {
  return SESSION_COOKIES.map((name) => cookies.get(name)?.value).find(Boolean);
}

/**
 * Removes the session cookies from a response (a route handler's NextResponse or a server
 * action's cookies()): used wherever a request carries a token that opens no live session, so
 * a stale cookie never stands in the way of signing in again.
 */
export function clearSessionCookies(cookies: { delete(name: string): unknown }) {
  for (const name of SESSION_COOKIES) cookies.delete(name);
}
