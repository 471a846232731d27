import { exportDataset } from "@/lib/reports/exports";
import { editionExportRoute } from "@/lib/reports/export-route";

export const GET = editionExportRoute("programme:manage", async ({ viewer, editionId, params, format, t }) => {
  const data = await exportDataset(viewer, editionId, params.dataset, format, t);
  return data === null ? null : { name: params.dataset, data };
});
