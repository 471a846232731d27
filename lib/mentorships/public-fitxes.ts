import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type FitxaFilters = { topic?: string; comarca?: string; year?: string };

// Only what is meant to be public: the fitxa's own text, its topics, the edition, and the two
// municipalities — never people's names or contacts.
const publicSelect = {
  id: true,
  title: true,
  context: true,
  objectives: true,
  activities: true,
  results: true,
  lessons: true,
  resources: true,
  publishedAt: true,
  topics: { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } },
  mentorship: {
    select: {
      edition: { select: { name: true, year: true } },
      application: { select: { municipality: { select: { name: true, comarca: true } } } },
      mentor: { select: { municipality: { select: { name: true, comarca: true } } } },
    },
  },
} satisfies Prisma.RecordSheetSelect;

type Row = Prisma.RecordSheetGetPayload<{ select: typeof publicSelect }>;

export type PublicFitxa = ReturnType<typeof toPublic>;

function toPublic(row: Row) {
  return {
    id: row.id,
    title: row.title,
    context: row.context,
    objectives: row.objectives,
    activities: row.activities,
    results: row.results,
    lessons: row.lessons,
    resources: row.resources,
    topics: row.topics,
    edition: row.mentorship.edition.name,
    year: row.mentorship.edition.year,
    municipality: row.mentorship.application.municipality.name,
    comarca: row.mentorship.application.municipality.comarca,
    mentorMunicipality: row.mentorship.mentor.municipality?.name ?? null,
    publishedAt: row.publishedAt,
  };
}

function where(filters: FitxaFilters): Prisma.RecordSheetWhereInput {
  const year = Number(filters.year);
  const mentorship: Prisma.MentorshipWhereInput = {
    ...(Number.isInteger(year) && year > 2000 ? { edition: { year } } : {}),
    ...(filters.comarca ? { application: { municipality: { comarca: filters.comarca } } } : {}),
  };
  return {
    status: "PUBLISHED",
    ...(filters.topic ? { topics: { some: { slug: filters.topic } } } : {}),
    ...(Object.keys(mentorship).length ? { mentorship } : {}),
  };
}

export async function listPublicFitxes(filters: FitxaFilters = {}) {
  const rows = await prisma.recordSheet.findMany({ where: where(filters), orderBy: { publishedAt: "desc" }, select: publicSelect });
  return rows.map(toPublic);
}

export async function getPublicFitxa(id: string) {
  const row = await prisma.recordSheet.findFirst({ where: { id, status: "PUBLISHED" }, select: publicSelect });
  return row ? toPublic(row) : null;
}

/** Options of the catalogue's filters: only values that some published fitxa has. */
export async function publicFitxaFilterOptions() {
  const rows = await listPublicFitxes();
  const topics = new Map<string, string>();
  for (const r of rows) for (const t of r.topics) topics.set(t.slug, t.name);
  return {
    topics: [...topics].map(([value, label]) => ({ value, label })),
    comarques: [...new Set(rows.map((r) => r.comarca))].sort((a, b) => a.localeCompare(b, "ca")).map((c) => ({ value: c, label: c })),
    years: [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) })),
  };
}
