import { getLocale, getTranslations } from "next-intl/server";
import { Main } from "@/components/Main";
import { PageHeader } from "@/components/PageHeader";
import { SiteHeader } from "@/components/SiteHeader";
import { ViewerProvider } from "@/components/viewer/ViewerContext";
import { getViewer, viewerState } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";

/**
 * A whole page that only tells something (not found, no access): its title and text from the
 * messages' `namespace`, and a way back. Shown in place of the area's layout, so it brings its
 * own header.
 */
export async function NoticePage({ namespace }: { namespace: "notFound" | "forbidden" }) {
  const [t, locale] = await Promise.all([getTranslations(namespace), getLocale()]);
  return (
    <ViewerProvider initial={viewerState(await getViewer())}>
      <SiteHeader locale={locale} />
      <Main>
        <PageHeader title={t("title")} lead={t("text")} />
        <Link href="/">{t("back")}</Link>
      </Main>
    </ViewerProvider>
  );
}
