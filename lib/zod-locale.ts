import type { $ZodErrorMap } from "zod/v4/core";

type ParseOptions = { error: $ZodErrorMap } | undefined;

/**
 * Zod's own messages (wrong type, too short…) in the page's language. Catalan is zod's global
 * locale (lib/zod.ts); for a Spanish page the Spanish locale is loaded and passed to the parse,
 * where it comes before the global one. Messages a schema words itself are not affected.
 */
export async function zodParseOptions(locale: string): Promise<ParseOptions> {
  if (locale !== "es") return undefined;
  const { default: es } = await import("zod/v4/locales/es.js");
  return { error: es().localeError };
}
