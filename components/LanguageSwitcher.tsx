"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

export function LanguageSwitcher({ label, names }: { label: string; names: Record<string, string> }) {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {routing.locales.map((code) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="true" className="font-semibold">
                {names[code]}
              </span>
            ) : (
              <Link href={{ pathname, query }} locale={code} lang={code} hrefLang={code}>
                {names[code]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
