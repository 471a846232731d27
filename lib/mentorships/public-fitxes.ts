import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageParam } from "@/lib/pagination";

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

/** One page of published fitxes, newest first, with every public field (the JSON API). */
export async function listPublicFitxes(filters: FitxaFilters = {}, page: { skip?: number; take?: number } = {}) {
  const rows = await prisma.recordSheet.findMany({ where: where(filters), orderBy: [{ publishedAt: "desc" }, { id: "asc" }], select: publicSelect, ...page });
  return rows.map(toPublic);
}

export function countPublicFitxes(filters: FitxaFilters = {}) {
  return prisma.recordSheet.count({ where: where(filters) });
}

export const CATALOGUE_PAGE_SIZE = 24;

/** The public catalogue: one page of summaries, how many there are, and the filters' options. */
export async function publicFitxaCatalogue(filters: FitxaFilters, pageValue: string | undefined) {
  const [total, options] = await Promise.all([countPublicFitxes(filters), publicFitxaFilterOptions()]);
  const page = pageParam(pageValue, total, CATALOGUE_PAGE_SIZE);
  const rows = await prisma.recordSheet.findMany({
    where: where(filters),
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      title: true,
      context: true,
      publishedAt: true,
      topics: { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } },
      mentorship: { select: { edition: { select: { name: true } }, application: { select: { municipality: { select: { name: true, comarca: true } } } } } },
    },
  });
  const fitxes = rows.map((r) => ({
    id: r.id,
    title: r.title,
    context: r.context,
    publishedAt: r.publishedAt,
    topics: r.topics,
    edition: r.mentorship.edition.name,
    municipality: r.mentorship.application.municipality.name,
    comarca: r.mentorship.application.municipality.comarca,
  }));
  return { fitxes, total, page: page.page, pages: page.pages, options };
}

export async function getPublicFitxa(id: string) {
  const row = await prisma.recordSheet.findFirst({ where: { id, status: "PUBLISHED" }, select: publicSelect });
  return row ? toPublic(row) : null;
}

/** Options of the catalogue's filters: only values that some published fitxa has. */
export async function publicFitxaFilterOptions() {
  const published = { some: { recordSheet: { is: { status: "PUBLISHED" as const } } } };
  const [topics, municipalities, editions] = await Promise.all([
    prisma.topic.findMany({ where: { recordSheets: { some: { status: "PUBLISHED" } } }, orderBy: { sortOrder: "asc" }, select: { slug: true, name: true } }),
    prisma.municipality.findMany({ where: { applications: { some: { mentorship: { is: { recordSheet: { is: { status: "PUBLISHED" } } } } } } }, distinct: ["comarca"], select: { comarca: true } }),
    prisma.edition.findMany({ where: { mentorships: published }, orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  return {
    topics: topics.map((t) => ({ value: t.slug, label: t.name })),
    comarques: municipalities.map((m) => m.comarca).sort((a, b) => a.localeCompare(b, "ca")).map((c) => ({ value: c, label: c })),
    years: editions.map((e) => ({ value: String(e.year), label: String(e.year) })),
  };
}
