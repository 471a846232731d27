"use client";

import type { ReactNode } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

export function NavLink({ href, children, exact = false }: { href: string; children: ReactNode; exact?: boolean }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-block px-3 py-2 text-sm font-medium no-underline ${
        current ? "border-b-2 border-brand-700 text-brand-800" : "text-ink hover:text-brand-700"
      }`}
    >
      {children}
    </Link>
  );
}
