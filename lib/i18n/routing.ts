import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["ca", "es"],
  defaultLocale: "ca",
  // Catalan unless the person chooses Spanish: the network works in Catalan.
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];
