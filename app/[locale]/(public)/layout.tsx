import type { ReactNode } from "react";
import { Main } from "@/components/Main";
import { SiteHeader } from "@/components/SiteHeader";
import { ViewerProvider } from "@/components/viewer/ViewerContext";

// Public pages are the same for everyone, so they can be cached: the header learns who is
// signed in from /api/viewer in the browser.
export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return (
    <ViewerProvider>
      <SiteHeader locale={locale} />
      <Main>{children}</Main>
    </ViewerProvider>
  );
}
