import type { ReactNode } from "react";
import { Main } from "@/components/Main";
import { SiteHeader } from "@/components/SiteHeader";
import { ViewerProvider } from "@/components/viewer/ViewerContext";
import { getViewer, viewerState } from "@/lib/auth/viewer";

// Public pages are rendered for each request (each carries its own CSP nonce: proxy.ts), so the
// header knows who is signed in from the start.
export default async function PublicLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  return (
    <ViewerProvider initial={viewerState(await getViewer())}>
      <SiteHeader locale={locale} />
      <Main>{children}</Main>
    </ViewerProvider>
  );
}
