export const LOCALES = ["ca", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ca";

/** For pages that are the same for everyone: rendered once per language at build time. */
export const localeParams = () => LOCALES.map((locale) => ({ locale }));
