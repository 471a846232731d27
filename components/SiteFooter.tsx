import { useTranslations } from "next-intl";
import { contactEmail } from "@/lib/contact";
import { Link } from "@/lib/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("shell");
  const tNav = useTranslations("nav");
  return (
    <footer className="mt-12 border-t border-line bg-white no-print">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-muted">
        <p>{t("footerNote")}</p>
        <ul className="flex gap-4">
          <li>
            <Link href="/fitxes">{tNav("catalogue")}</Link>
          </li>
          <li>
            <Link href="/privacitat">{t("footerPrivacy")}</Link>
          </li>
          <li>
            <a href={`mailto:${contactEmail()}`}>{t("footerContact")}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
