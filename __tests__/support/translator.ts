import { createTranslator } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import { lookupIn, validationWords } from "@/lib/i18n/validation";
import ca from "@/messages/ca.json";
import es from "@/messages/es.json";

/** The app's messages (root) in a language, as the pages' and exports' `getTranslations()` gives them. */
export const translatorFor = (locale: "ca" | "es"): Translator =>
  createTranslator({ locale, messages: locale === "es" ? es : ca }) as Translator;

/** A zod message's words in a language (a schema's own messages are validation keys, lib/i18n/validation.ts). */
export const validationIn =
  (locale: "ca" | "es") =>
  (message: string): string => {
    const t = createTranslator({
      locale,
      messages: locale === "es" ? es : ca,
      namespace: "validation",
    });
    return validationWords(message, lookupIn(t as Parameters<typeof lookupIn>[0]));
  };
export const inCatalan = validationIn("ca");

/** A refused parse (a ZodError) with its issues' messages, nested ones too (a union's), in Catalan words. */
export function catalanIssues<E>(error: E): E {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== "object") return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === "message" && typeof value === "string" ? inCatalan(value) : walk(value),
      ]),
    );
  };
  const { issues } = error as { issues?: unknown };
  return issues ? ({ ...error, name: (error as { name?: string }).name, issues: walk(issues) } as E) : error;
}
