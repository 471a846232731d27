import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { csvResponse } from "@/lib/csv";
import { prisma } from "@/lib/db/client";
import { exportDataset } from "@/lib/reports/exports";
import { xlsxResponse } from "@/lib/xlsx";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; dataset: string }> }) {
  const viewer = await getViewer();
  if (!can(viewer, "programme:manage"))
    return new Response("No teniu accés a aquesta exportació.", { status: viewer ? 403 : 401 });
  const { id, dataset } = await params;
  const edition = await prisma.edition.findUnique({ where: { id }, select: { year: true } });
  if (!edition) return new Response("No s'ha trobat la convocatòria.", { status: 404 });
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const data = await exportDataset(viewer, id, dataset, format);
  if (data === null) return new Response("No existeix aquesta exportació.", { status: 404 });
  const filename = `${dataset}-${edition.year}.${format}`;
  return typeof data === "string" ? csvResponse(data, filename) : xlsxResponse(data, filename);
}
