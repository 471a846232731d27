/**
 * What a page hands to the helpers that word its tables and filters: next-intl's translator of
 * one namespace (`getTranslations` / `useTranslations`), or use-t.ts's in client components.
 */
export type Translator = (key: string, values?: Record<string, string | number>) => string;

/** An enum's words, the "labels.<name>" messages as a record ("DRAFT" → "Esborrany"); `tLabel` translates the labels namespace. */
export const enumWords = (tLabel: { raw: (key: string) => unknown }, name: string) =>
  tLabel.raw(name) as Record<string, string>;
