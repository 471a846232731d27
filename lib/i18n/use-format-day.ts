import { useLocale } from "next-intl";
import { formatDay, type AppLocale } from "@/lib/dates";

/** "15 de setembre de 2026" / "15 de septiembre de 2026" in the page's language (server and shared components). */
export function useFormatDay() {
  const locale = useLocale() as AppLocale;
  return (date: Date) => formatDay(date, locale);
}
