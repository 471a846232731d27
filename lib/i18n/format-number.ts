// One Intl.NumberFormat per language for the process: `n.toLocaleString("ca")` builds a new
// one on every call (about 10 µs), and the secretariat's tables show a number per row.
const formats = new Map<string, Intl.NumberFormat>();

/** "12.345" in Catalan and Spanish. */
export function formatNumber(value: number, locale = "ca"): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    formats.set(locale, format);
  }
  return format.format(value);
}
