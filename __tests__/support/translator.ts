import { createTranslator } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import ca from "@/messages/ca.json";
import es from "@/messages/es.json";

/** The app's messages (root) in a language, as the pages' and exports' `getTranslations()` gives them. */
export const translatorFor = (locale: "ca" | "es"): Translator =>
  createTranslator({ locale, messages: locale === "es" ? es : ca }) as Translator;
