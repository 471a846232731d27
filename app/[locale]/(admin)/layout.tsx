import type { ReactNode } from "react";
import { Main } from "@/components/Main";
import { SiteHeader } from "@/components/SiteHeader";
import { ViewerProvider } from "@/components/viewer/ViewerContext";
import { requirePermission } from "@/lib/auth/guards";
import { getViewer, viewerState } from "@/lib/auth/viewer";

export default async function SecretariatLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  await requirePermission(locale, "programme:manage");
  return (
    <ViewerProvider initial={viewerState(await getViewer())}>
      <SiteHeader locale={locale} />
      <Main>{children}</Main>
    </ViewerProvider>
  );
}
