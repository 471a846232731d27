import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { sessionToken } from "./lib/auth/session-cookie";
import { routing } from "./lib/i18n/routing";

// Next 16's name for middleware.ts. It adds the locale prefix and sends people without a
// session cookie to the sign-in page (an optimistic check). Every page, loader and action
// checks the session and permissions again on the server.
const intl = createMiddleware(routing);

const SIGNED_IN_AREAS = ["inici", "secretaria", "perfil", "sollicitud", "disponibilitat", "propostes", "acompanyaments"];

export default async function proxy(request: NextRequest) {
  const [, locale, area] = request.nextUrl.pathname.split("/");
  const isLocale = (routing.locales as readonly string[]).includes(locale);
  if (isLocale && SIGNED_IN_AREAS.includes(area) && !sessionToken(request.cookies)) {
    const url = new URL(`/${locale}/entrar`, request.url);
    url.searchParams.set("next", request.nextUrl.pathname);
    return NextResponse.redirect(url);
  }
  // The catalogue's first page without filters is cached (app/[locale]/(public)/fitxes/totes).
  if (isLocale && area === "fitxes" && request.nextUrl.pathname === `/${locale}/fitxes` && !request.nextUrl.search) {
    return NextResponse.rewrite(new URL(`/${locale}/fitxes/totes`, request.url));
  }
  return intl(request);
}

export const config = {
  matcher: ["/((?!api|dev|_next|_vercel|.*\\..*).*)"],
};
