import { offersCsv } from "@/lib/applications/export";
import { listOffers } from "@/lib/offers/queries";
import { editionExportRoute } from "@/lib/reports/export-route";

export const GET = editionExportRoute("programme:manage", async ({ viewer, editionId, search, t }) => ({
  name: "disponibilitats",
  data: offersCsv(await listOffers(viewer, editionId, Object.fromEntries(search.entries())), t),
}));
