"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LOCALES } from "@/lib/i18n/locales";
import { changeLanguageAction } from "@/lib/i18n/language-action";
import { localizeHref } from "@/lib/i18n/locale-path";
import { useLocalePath } from "@/lib/i18n/use-locale-path";
import { useViewer } from "./viewer/ViewerContext";

type Props = { label: string; names: Record<string, string> };

/**
 * This page in the other languages, with its query string (filters, page): links for people not
 * signed in; for a signed-in person, a button that also makes it their language (pages and
 * emails), a form that works without JavaScript.
 */
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
  const { viewer } = useViewer();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2">
        {LOCALES.map((code) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="true" className="font-semibold">
                {names[code]}
              </span>
            ) : viewer ? (
              <form action={changeLanguageAction}>
                <input type="hidden" name="locale" value={code} />
                <input type="hidden" name="redirectTo" value={localizeHref(query ? `${path}?${query}` : path, code)} />
                <button type="submit" lang={code} className="text-brand-700 underline hover:text-brand-800">
                  {names[code]}
                </button>
              </form>
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
