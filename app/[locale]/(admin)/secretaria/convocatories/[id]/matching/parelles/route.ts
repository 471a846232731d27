import { pairsCsv } from "@/lib/matching/export";
import { editionExportRoute } from "@/lib/reports/export-route";

export const GET = editionExportRoute("matching:manage", async ({ viewer, editionId, t }) => ({
  name: "parelles",
  data: await pairsCsv(viewer, editionId, t),
}));
