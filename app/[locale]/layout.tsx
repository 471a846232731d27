import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/ClientMessages";
import { SiteFooter } from "@/components/SiteFooter";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("shell");
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col font-sans antialiased">
        <a
          href="#contingut"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800"
        >
          {t("skipToContent")}
        </a>
        {/* The error page's messages; pages with translated client components or forms add
            theirs. The header and <main> come from the layouts of the public, signed-in and
            secretariat areas. */}
        <ClientMessages namespaces={["errors"]} validation={false}>
          {children}
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
