import "server-only";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { TIME_ZONE } from "@/lib/dates";
import ca from "@/messages/ca.json";
import { perLocale } from "./per-locale";
import { routing } from "./routing";

type Messages = { [key: string]: string | Messages };

// Catalan is the text of record; a key not yet translated to Spanish shows in Catalan rather
// than as a bare key.
function withFallback(base: Messages, override: Messages): Messages {
  const result: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = typeof value === "object" && typeof current === "object" ? withFallback(current, value) : value;
  }
  return result;
}

// Merged once per language and process, not on every request.
const messagesFor = perLocale((locale): Promise<Messages> =>
  locale === "ca"
    ? Promise.resolve(ca)
    : import(`../../messages/${locale}.json`).then((m: { default: Messages }) =>
        withFallback(ca as Messages, m.default),
      ),
);

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: TIME_ZONE, messages: await messagesFor(locale) };
});
