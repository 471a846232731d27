import "server-only";
import { can, type Permission } from "@/lib/auth/permissions";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { csvResponse } from "@/lib/csv";
import { prisma } from "@/lib/db/client";
import { xlsxResponse } from "@/lib/xlsx";
import { getTranslations } from "next-intl/server";
import type { Translator } from "@/lib/i18n/translator";

type ExportContext = {
  viewer: Viewer;
  editionId: string;
  params: Record<string, string>;
  search: URLSearchParams;
  format: "csv" | "xlsx";
  /** The messages (root), in the language of the page the export was asked from. */
  t: Translator;
};
type Exported = { name: string; data: string | Uint8Array } | null;

/**
 * A route handler that downloads one of an edition's exports: it checks who asks (401/403),
 * that the edition exists (404), builds the file with `build` (null: no such export, 404) and
 * names it "<name>-<year>.<csv|xlsx>". Its headers and words are in the language of the address (/ca/…, /es/…).
 */
export function editionExportRoute(permission: Permission, build: (context: ExportContext) => Promise<Exported>) {
  return async function GET(request: Request, { params }: { params: Promise<Record<string, string>> }) {
    const routeParams = await params;
    const t = await getTranslations({ locale: routeParams.locale === "es" ? "es" : "ca" });
    const viewer = await getViewer();
    if (!viewer || !can(viewer, permission))
      return new Response(t("appErrors.exportForbidden"), { status: viewer ? 403 : 401 });
    const id = routeParams.id;
    const edition = await prisma.edition.findUnique({ where: { id }, select: { year: true } });
    if (!edition) return new Response(t("appErrors.editionNotFound"), { status: 404 });
    const search = new URL(request.url).searchParams;
    const format = search.get("format") === "xlsx" ? "xlsx" : "csv";
    const file = await build({ viewer, editionId: id, params: routeParams, search, format, t });
    if (!file) return new Response(t("appErrors.exportNotFound"), { status: 404 });
    const filename = `${file.name}-${edition.year}.${typeof file.data === "string" ? "csv" : "xlsx"}`;
    return typeof file.data === "string" ? csvResponse(file.data, filename) : xlsxResponse(file.data, filename);
  };
}
