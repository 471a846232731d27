import { useMessages, useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/sign-out-action";
import { Link } from "@/lib/i18n/navigation";
import { AccountArea, MainNav } from "./viewer/HeaderSession";
import { LanguageSwitcher } from "./LanguageSwitcher";

/**
 * The site's header. The parts that depend on who is signed in (account corner, main navigation)
 * read the ViewerProvider around it, so the same header serves cached public pages and the
 * server-rendered signed-in areas.
 */
export function SiteHeader({ locale }: { locale: string }) {
  const t = useTranslations("shell");
  const messages = useMessages();
  return (
    <header className="border-b border-line bg-white no-print">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex flex-col no-underline">
          <span className="text-xl font-bold text-brand-700">{t("brand")}</span>
          <span className="text-xs text-muted">{t("brandTagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <LanguageSwitcher label={t("language")} names={{ ca: t("languageNames.ca"), es: t("languageNames.es") }} />
          <AccountArea
            labels={{ signIn: t("signIn"), signOut: t("signOut"), signedInAs: t.raw("signedInAs") as string }}
            signOut={signOutAction.bind(null, locale)}
          />
        </div>
      </div>
      <MainNav label={t("mainNav")} itemLabels={messages.nav as Record<string, string>} />
    </header>
  );
}
