import { notFound } from "next/navigation";
import { applicationsCsv } from "@/lib/applications/export";
import { listApplications } from "@/lib/applications/queries";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { csvResponse } from "@/lib/csv";
import { prisma } from "@/lib/db/client";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!can(viewer, "programme:manage"))
    return new Response("No teniu accés a aquesta exportació.", { status: viewer ? 403 : 401 });
  const { id } = await params;
  const edition = await prisma.edition.findUnique({ where: { id }, select: { year: true } });
  if (!edition) notFound();
  const search = new URL(request.url).searchParams;
  const rows = await listApplications(viewer, id, Object.fromEntries(search.entries()));
  return csvResponse(applicationsCsv(rows), `sollicituds-${edition.year}.csv`);
}
