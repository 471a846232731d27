"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { localizeHref, splitLocale } from "@/lib/i18n/locale-path";

/** A link of the site's navigation (href without the locale), marked as current on its pages. */
export function NavLink({ href, children, exact = false }: { href: string; children: ReactNode; exact?: boolean }) {
  const { locale = DEFAULT_LOCALE, path } = splitLocale(usePathname());
  const current = path === href || (!exact && path.startsWith(`${href}/`));
  return (
    <Link
      href={localizeHref(href, locale)}
      aria-current={current ? "page" : undefined}
      className={`inline-block px-3 py-2 text-sm font-medium no-underline ${
        current ? "border-b-2 border-brand-700 text-brand-800" : "text-ink hover:text-brand-700"
      }`}
    >
      {children}
    </Link>
  );
}
