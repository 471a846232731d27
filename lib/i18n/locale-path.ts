import { DEFAULT_LOCALE, LOCALES } from "./locales";

/** "/fitxes" in Catalan is "/ca/fitxes"; addresses that are not the app's own stay as they are. */
export function localizeHref(href: string, locale: string) {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  return `/${locale}${href === "/" ? "" : href}`;
}

/** Splits "/ca/fitxes/1" into its locale and the path without it ("/fitxes/1"); Catalan when it has none. */
export function splitLocale(pathname: string): { locale: string; path: string } {
  const [, first, ...rest] = pathname.split("/");
  if ((LOCALES as readonly string[]).includes(first)) return { locale: first, path: `/${rest.join("/")}` };
  return { locale: DEFAULT_LOCALE, path: pathname };
}
