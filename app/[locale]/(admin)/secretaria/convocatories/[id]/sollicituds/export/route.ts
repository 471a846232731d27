import { applicationsCsv } from "@/lib/applications/export";
import { listApplications } from "@/lib/applications/queries";
import { editionExportRoute } from "@/lib/reports/export-route";

export const GET = editionExportRoute("programme:manage", async ({ viewer, editionId, search, t }) => ({
  name: "sollicituds",
  data: applicationsCsv(await listApplications(viewer, editionId, Object.fromEntries(search.entries())), t),
}));
