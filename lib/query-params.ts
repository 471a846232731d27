import "server-only";
// Query parameters of lists and filters come from anyone's address bar. They are read here into
// plain strings, or left out: a repeated parameter counts once, and a value that is too long or
// holds control characters is ignored (never passed to a query, where it could only fail).

type Raw = Record<string, string | string[] | undefined>;

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export function cleanQuery(params: Raw, maxLength = 200): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [key, raw] of Object.entries(params)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === "string" && value.length <= maxLength && !CONTROL.test(value)) clean[key] = value;
  }
  return clean;
}

/** A year from a filter, within the years the programme can have; otherwise undefined. */
export function yearParam(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= 2000 && year <= 2999 ? year : undefined;
}

/** A list page's props: its language, and the filters and page number of its address. */
export type ListPageProps<Q> = { params: Promise<{ locale: string }>; searchParams: Promise<Q> };
