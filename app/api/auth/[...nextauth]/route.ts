import { NextResponse, type NextRequest } from "next/server";
import { EMAIL_PROVIDER_ID, handlers } from "@/lib/auth/auth";
import { clearSessionCookies, sessionToken } from "@/lib/auth/session-cookie";
import { sessionViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";

// Two Auth.js endpoints are open: the POST that spends a magic link, and session-ended, which
// clears a session cookie that opens no live session. Auth.js's sign-in endpoint would bypass
// the rate limits and the unknown-address rule of lib/auth/request-sign-in.ts, and a GET of the
// callback would spend the link when a mail scanner opens it.
const CALLBACK_PATH = `/api/auth/callback/${EMAIL_PROVIDER_ID}`;
const SESSION_ENDED_PATH = "/api/auth/session-ended";

export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === CALLBACK_PATH) {
    const confirm = new URL("/ca/entrar/confirmar", env().APP_URL);
    confirm.search = request.nextUrl.search;
    return NextResponse.redirect(confirm, 303);
  }
  if (request.nextUrl.pathname === SESSION_ENDED_PATH) return sessionEnded(request);
  return new NextResponse(null, { status: 404 });
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname !== CALLBACK_PATH) return new NextResponse(null, { status: 404 });
  if (!isSameOrigin(request)) return new NextResponse(null, { status: 403 });
  const stale = await isStale(request);
  const response = await handlers.POST(request);
  // A refused or spent link leaves the browser where it was: without the stale cookie.
  if (
    stale &&
    !response.headers.getSetCookie().some((cookie) => /^(__Secure-)?authjs\.session-token=[^;]+/.test(cookie))
  ) {
    const cleared = new NextResponse(response.body, response);
    clearSessionCookies(cleared.cookies);
    return cleared;
  }
  return response;
}

/**
 * Pages send a request whose session cookie opens no live session here (lib/auth/guards.ts):
 * the cookie is removed, then the person goes on to the sign-in page. A live session is never
 * ended here, so a link to this address from elsewhere signs nobody out.
 */
async function sessionEnded(request: NextRequest) {
  const next = request.nextUrl.searchParams.get("next") ?? "";
  const target = /^\/(ca|es)\/[^/\\]/.test(next) || /^\/(ca|es)$/.test(next) ? next : "/ca/entrar";
  const response = NextResponse.redirect(new URL(target, env().APP_URL), 303);
  if (await isStale(request)) clearSessionCookies(response.cookies);
  return response;
}

async function isStale(request: NextRequest) {
  const token = sessionToken(request.cookies);
  return Boolean(token) && !(await sessionViewer(token));
}

// The confirmation form is ours: a POST from another site (login CSRF) is refused.
function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const ownHosts = [request.headers.get("x-forwarded-host"), request.headers.get("host"), new URL(env().APP_URL).host];
  return ownHosts.includes(host);
}
