"use client";

import Link, { useLinkStatus } from "next/link";
import type { ReactNode } from "react";
import { localizeHref } from "@/lib/i18n/locale-path";
import { useLocalePath } from "@/lib/i18n/use-locale-path";

/**
 * A link of the site's navigation (href without the locale), marked as current on its pages.
 * While the page it opens is on its way, the link says so (no loading.tsx: a streamed fallback
 * would never be replaced in a browser without JavaScript).
 */
export function NavLink({
  href,
  children,
  exact = false,
  loadingLabel,
}: {
  href: string;
  children: ReactNode;
  exact?: boolean;
  /** "S'està carregant…", in the page's language. */
  loadingLabel: string;
}) {
  const { locale, path } = useLocalePath();
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
      <Pending label={loadingLabel} />
    </Link>
  );
}

function Pending({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  return pending ? (
    <span role="status" className="ml-1 text-xs text-muted">
      <span aria-hidden="true" className="inline-block animate-spin motion-reduce:animate-none">
        ◌
      </span>
      <span className="sr-only">{label}</span>
    </span>
  ) : null;
}
