import type { ReactNode } from "react";
import { Main } from "@/components/Main";
import { SiteHeader } from "@/components/SiteHeader";
import { ViewerProvider } from "@/components/viewer/ViewerContext";
import { requireViewer } from "@/lib/auth/guards";
import { viewerState } from "@/lib/auth/viewer";

export default async function SignedInLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  const viewer = await requireViewer(locale);
  return (
    <ViewerProvider initial={viewerState(viewer)}>
      <SiteHeader locale={locale} />
      <Main>{children}</Main>
    </ViewerProvider>
  );
}
