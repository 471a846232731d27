"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { localizeHref, splitLocale } from "@/lib/i18n/locale-path";

export function LanguageSwitcher({ label, names }: { label: string; names: Record<string, string> }) {
  const { locale = DEFAULT_LOCALE, path } = splitLocale(usePathname());
  const query = useSearchParams().toString();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {LOCALES.map((code) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="true" className="font-semibold">
                {names[code]}
              </span>
            ) : (
              <Link href={localizeHref(query ? `${path}?${query}` : path, code)} lang={code} hrefLang={code}>
                {names[code]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
