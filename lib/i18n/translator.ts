/**
 * What a page hands to the helpers that word its tables and filters: next-intl's translator of
 * one namespace (`getTranslations` / `useTranslations`), or use-t.ts's in client components.
 */
export type Translator = (key: string, values?: Record<string, string | number>) => string;
