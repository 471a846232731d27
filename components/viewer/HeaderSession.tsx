"use client";

import Link from "next/link";
import { NavLink } from "@/components/NavLink";
import { localizeHref } from "@/lib/i18n/locale-path";
import { useLocalePath } from "@/lib/i18n/use-locale-path";
import { navItems } from "@/lib/nav";
import { useViewer } from "./ViewerContext";

type AccountLabels = { signIn: string; signOut: string; signedInAs: string };

/** The header's account corner: who is signed in and "Surt", or "Entra". */
export function AccountArea({ labels, signOut }: { labels: AccountLabels; signOut: () => Promise<void> }) {
  const { viewer } = useViewer();
  const { locale } = useLocalePath();
  if (viewer) {
    return (
      <form action={signOut} className="flex items-center gap-3">
        <span className="text-muted">{labels.signedInAs.replace("{name}", viewer.name)}</span>
        <button
          type="submit"
          className="rounded border border-brand-700 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50"
        >
          {labels.signOut}
        </button>
      </form>
    );
  }
  return (
    <Link
      href={localizeHref("/entrar", locale)}
      className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white no-underline hover:bg-brand-800 hover:text-white"
    >
      {labels.signIn}
    </Link>
  );
}

/** The main navigation of the signed-in person (and the local mailbox where it is enabled). */
export function MainNav({ label, itemLabels }: { label: string; itemLabels: Record<string, string> }) {
  const { viewer, mailbox } = useViewer();
  const items = navItems(viewer);
  if (items.length === 0 && !mailbox) return null;
  return (
    <nav aria-label={label} className="border-t border-line bg-brand-50">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-1 px-4">
        {items.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href} exact={item.exact} loadingLabel={itemLabels.loading}>
              {itemLabels[item.key]}
            </NavLink>
          </li>
        ))}
        {mailbox ? (
          <li className="ml-auto">
            <Link href="/dev/mailbox" className="inline-block px-3 py-2 text-sm text-muted">
              {itemLabels.mailbox}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
