import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/actions";
import { getViewer } from "@/lib/auth/viewer";
import { isDevMailboxEnabled } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { NavLink } from "./NavLink";

export async function SiteHeader({ locale }: { locale: string }) {
  const [t, tNav, viewer] = await Promise.all([getTranslations("shell"), getTranslations("nav"), getViewer()]);
  const items =
    viewer?.role === "SECRETARIAT"
      ? [
          { href: "/secretaria", label: tNav("dashboard"), exact: true },
          { href: "/secretaria/convocatories", label: tNav("editions") },
          { href: "/secretaria/acompanyaments", label: tNav("mentorships") },
          { href: "/secretaria/comunicacions", label: tNav("communications") },
          { href: "/secretaria/fitxes", label: tNav("fitxes") },
          { href: "/secretaria/correus", label: tNav("emails") },
          { href: "/secretaria/registre", label: tNav("audit") },
          { href: "/secretaria/persones", label: tNav("people") },
          { href: "/secretaria/municipis", label: tNav("municipalities") },
          { href: "/secretaria/ambits", label: tNav("topics") },
          { href: "/perfil", label: tNav("profile") },
        ]
      : viewer
        ? [
            { href: "/inici", label: tNav("home") },
            { href: "/sollicitud", label: tNav("application") },
            ...(viewer.isMentor
              ? [
                  { href: "/disponibilitat", label: tNav("availability") },
                  { href: "/propostes", label: tNav("proposals") },
                ]
              : []),
            { href: "/perfil", label: tNav("profile") },
          ]
        : [];
  return (
    <header className="border-b border-line bg-white no-print">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex flex-col no-underline">
          <span className="text-xl font-bold text-brand-700">{t("brand")}</span>
          <span className="text-xs text-muted">{t("brandTagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <LanguageSwitcher label={t("language")} names={{ ca: t("languageNames.ca"), es: t("languageNames.es") }} />
          {viewer ? (
            <form action={signOutAction.bind(null, locale)} className="flex items-center gap-3">
              <span className="text-muted">{t("signedInAs", { name: viewer.name ?? viewer.email })}</span>
              <button type="submit" className="rounded border border-brand-700 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50">
                {t("signOut")}
              </button>
            </form>
          ) : (
            <Link href="/entrar" className="rounded bg-brand-700 px-3 py-1.5 font-medium text-white no-underline hover:bg-brand-800 hover:text-white">
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
      {items.length > 0 || isDevMailboxEnabled() ? (
        <nav aria-label={t("mainNav")} className="border-t border-line bg-brand-50">
          <ul className="mx-auto flex max-w-5xl flex-wrap gap-1 px-4">
            {items.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href} exact={"exact" in item && item.exact}>
                  {item.label}
                </NavLink>
              </li>
            ))}
            {isDevMailboxEnabled() ? (
              <li className="ml-auto">
                <NextLink href="/dev/mailbox" className="inline-block px-3 py-2 text-sm text-muted">
                  {tNav("mailbox")}
                </NextLink>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
