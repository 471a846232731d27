import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // Catalan unless the person chooses Spanish: the network works in Catalan.
  localeDetection: false,
  // The language is in every address and is never guessed, so no cookie needs to remember it
  // (and the proxy no longer negotiates Accept-Language on each request to keep one in sync).
  localeCookie: false,
});
