import "server-only";
import { prisma } from "@/lib/db/client";
import { compareCatalan } from "@/lib/i18n/collate";

/** Options of the filters of the secretariat's lists. */
export async function filterOptions() {
  // Municipalities are filtered by a name typed in (947 of them would weigh down every list page).
  const [topics, comarques] = await Promise.all([
    prisma.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    prisma.municipality.findMany({ distinct: ["comarca"], select: { comarca: true } }),
  ]);
  return {
    topics: topics.map((t) => ({ value: t.id, label: t.name })),
    comarques: comarques
      .map((c) => c.comarca)
      .sort(compareCatalan)
      .map((c) => ({ value: c, label: c })),
  };
}
