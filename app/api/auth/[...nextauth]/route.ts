import { NextResponse, type NextRequest } from "next/server";
import { EMAIL_PROVIDER_ID, handlers } from "@/lib/auth/auth";
import { env } from "@/lib/env";

// Only one Auth.js endpoint is open: the POST that spends a magic link. Its sign-in endpoint
// would bypass the rate limits and the unknown-address rule of lib/auth/request-sign-in.ts, and
// a GET of the callback would spend the link when a mail scanner opens it.
const CALLBACK_PATH = `/api/auth/callback/${EMAIL_PROVIDER_ID}`;

export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname === CALLBACK_PATH) {
    const confirm = new URL("/ca/entrar/confirmar", request.nextUrl);
    confirm.search = request.nextUrl.search;
    return NextResponse.redirect(confirm, 303);
  }
  return new NextResponse(null, { status: 404 });
}

export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname !== CALLBACK_PATH) return new NextResponse(null, { status: 404 });
  if (!isSameOrigin(request)) return new NextResponse(null, { status: 403 });
  return handlers.POST(request);
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
