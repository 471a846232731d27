import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { sessionToken } from "./lib/auth/session-cookie";
import { REQUEST_PATH_HEADER } from "./lib/auth/request-path";
import { routing } from "./lib/i18n/routing";
import { contentSecurityPolicy, HSTS, newNonce } from "./lib/security/headers";

// Next 16's name for middleware.ts. For every page it sets the Content-Security-Policy with a
// fresh nonce (lib/security/headers.ts), adds the locale prefix, and sends people without a
// session cookie to the sign-in page (an optimistic check). Every page, loader and action checks
// the session and permissions again on the server.
const intl = createMiddleware(routing);

const SIGNED_IN_AREAS = [
  "inici",
  "secretaria",
  "perfil",
  "sollicitud",
  "disponibilitat",
  "propostes",
  "acompanyaments",
];
const HTTPS = (process.env.APP_URL ?? "").startsWith("https://");
const DEVELOPMENT = process.env.NODE_ENV === "development";

export default async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { development: DEVELOPMENT, https: HTTPS });
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  request.headers.set("content-security-policy", policy);
  // The page asked for, for the layouts that send a signed-out person to sign in and back.
  request.headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
  return secure(route(request), policy);
}

function route(request: NextRequest): NextResponse {
  // An address with a control character (%00, a line break…) names no page: refused before any lookup.
  if (/%(?:[01][0-9a-f]|7f)/i.test(request.nextUrl.pathname)) return new NextResponse("Bad Request", { status: 400 });
  const [, locale, area] = request.nextUrl.pathname.split("/");
  if (locale === "dev") return NextResponse.next({ request: { headers: request.headers } });
  const isLocale = (routing.locales as readonly string[]).includes(locale);
  if (isLocale && SIGNED_IN_AREAS.includes(area) && !sessionToken(request.cookies)) {
    const url = new URL(`/${locale}/entrar`, request.url);
    url.searchParams.set("next", request.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  return intl(request);
}

function secure(response: NextResponse, policy: string) {
  response.headers.set("Content-Security-Policy", policy);
  if (HTTPS) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
