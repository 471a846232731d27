import "server-only";
import { perLocale } from "./per-locale";

// `n.toLocaleString("ca")` builds a NumberFormat on every call (about 10 µs), and the
// secretariat's tables show a number per row.
const numberFormat = perLocale((locale) => new Intl.NumberFormat(locale));

/** "12.345" in Catalan and Spanish. */
export function formatNumber(value: number, locale = "ca"): string {
  return numberFormat(locale).format(value);
}
