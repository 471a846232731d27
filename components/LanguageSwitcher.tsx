"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LOCALES } from "@/lib/i18n/locales";
import { localizeHref } from "@/lib/i18n/locale-path";
import { useLocalePath } from "@/lib/i18n/use-locale-path";

type Props = { label: string; names: Record<string, string> };

/** Links to this page in the other languages, with its query string (filters, page). */
export function LanguageSwitcher(props: Props) {
  // Cached pages learn their query string in the browser: until then the links go without it.
  return (
    <Suspense fallback={<LanguageLinks {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  return <LanguageLinks {...props} query={useSearchParams().toString()} />;
}

function LanguageLinks({ label, names, query }: Props & { query: string }) {
  const { locale, path } = useLocalePath();
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
