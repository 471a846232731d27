import { createTranslator } from "next-intl";
import { day, formatDay } from "@/lib/dates";
import ca from "@/messages/ca.json";
import es from "@/messages/es.json";

// Emails are rendered when they are delivered, in the recipient's language at that moment
// (lib/email/deliver.ts): their words are the `emails` namespace of the message files.

export type EmailLocale = "ca" | "es";

export function isEmailLocale(value: unknown): value is EmailLocale {
  return value === "ca" || value === "es";
}

export function emailT(locale: EmailLocale) {
  return createTranslator({ locale, messages: locale === "es" ? es : ca, namespace: "emails" });
}

export type EmailT = ReturnType<typeof emailT>;

/** A calendar day stored as "YYYY-MM-DD", written out in the email's language. */
export function emailDay(iso: string, locale: EmailLocale) {
  return formatDay(day(iso), locale);
}
