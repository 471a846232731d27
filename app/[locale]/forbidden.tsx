import { getLocale, getTranslations } from "next-intl/server";
import { Main } from "@/components/Main";
import { PageHeader } from "@/components/PageHeader";
import { SiteHeader } from "@/components/SiteHeader";
import { ViewerProvider } from "@/components/viewer/ViewerContext";
import { getViewer, viewerState } from "@/lib/auth/viewer";
import { Link } from "@/lib/i18n/navigation";

// A signed-in person without the permission a page needs gets this, with status 403
// (forbidden() in lib/auth/guards.ts). Shown in place of the area's layout, so it brings its own header.
export default async function Forbidden() {
  const [t, locale] = await Promise.all([getTranslations("forbidden"), getLocale()]);
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
