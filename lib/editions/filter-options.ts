import "server-only";
import { prisma } from "@/lib/db/client";
import { compareCatalan } from "@/lib/i18n/collate";

/** Options of the filters of the secretariat's lists. */
export async function filterOptions() {
  const [topics, municipalities] = await Promise.all([
    prisma.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    prisma.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, comarca: true } }),
  ]);
  const comarques = [...new Set(municipalities.map((m) => m.comarca))].sort(compareCatalan);
  return {
    topics: topics.map((t) => ({ value: t.id, label: t.name })),
    municipalities: municipalities.map((m) => ({ value: m.id, label: m.name })),
    comarques: comarques.map((c) => ({ value: c, label: c })),
  };
}
