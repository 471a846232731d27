import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { exportMyData } from "@/lib/privacy/export";

// The signed-in person's own data, as a JSON download.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const viewer = await getViewer();
  if (!viewer) {
    const { locale } = await params;
    const t = await getTranslations({ locale: locale === "es" ? "es" : "ca", namespace: "appErrors" });
    return new Response(t("signIn"), { status: 401 });
  }
  const data = await exportMyData(viewer);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="les-meves-dades-mentoria-xmess.json"',
      "Cache-Control": "no-store",
    },
  });
}
