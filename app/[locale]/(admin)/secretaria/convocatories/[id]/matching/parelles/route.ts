import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { csvResponse } from "@/lib/csv";
import { prisma } from "@/lib/db/client";
import { pairsCsv } from "@/lib/matching/export";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!can(viewer, "matching:manage"))
    return new Response("No teniu accés a aquesta exportació.", { status: viewer ? 403 : 401 });
  const { id } = await params;
  const edition = await prisma.edition.findUnique({ where: { id }, select: { year: true } });
  if (!edition) return new Response("No s'ha trobat la convocatòria.", { status: 404 });
  return csvResponse(await pairsCsv(viewer, id), `parelles-${edition.year}.csv`);
}
