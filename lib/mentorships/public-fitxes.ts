import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageByIds } from "@/lib/pagination";
import { compareCatalan } from "@/lib/i18n/collate";
import { yearParam } from "@/lib/query-params";

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
  const year = yearParam(filters.year);
  const mentorship: Prisma.MentorshipWhereInput = {
    ...(year ? { edition: { year } } : {}),
    ...(filters.comarca ? { application: { municipality: { comarca: filters.comarca } } } : {}),
  };
  return {
    status: "PUBLISHED",
    ...(filters.topic ? { topics: { some: { slug: filters.topic } } } : {}),
    ...(Object.keys(mentorship).length ? { mentorship } : {}),
  };
}

const newestFirst: Prisma.RecordSheetOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { id: "asc" }];

/**
 * One page of published fitxes, newest first: the page's ids from the index alone, then the
 * relations of those rows only (a single joined query would build the relations of every
 * published fitxa before sorting and cutting the page).
 */
function publishedPage<T extends { id: string }>(
  filters: FitxaFilters,
  asked: string | undefined,
  perPage: number,
  rows: (ids: string[]) => Promise<T[]>,
) {
  return pageByIds(asked, perPage, {
    count: () => prisma.recordSheet.count({ where: where(filters) }),
    ids: (skip, take) =>
      prisma.recordSheet.findMany({ where: where(filters), orderBy: newestFirst, skip, take, select: { id: true } }),
    rows,
  });
}

/** A page of published fitxes with every public field (the JSON API). */
export async function listPublicFitxes(filters: FitxaFilters = {}, asked?: string, perPage = 100) {
  const page = await publishedPage(filters, asked, perPage, (ids) =>
    prisma.recordSheet.findMany({ where: { id: { in: ids } }, select: publicSelect }),
  );
  return { ...page, rows: page.rows.map(toPublic) };
}

export const CATALOGUE_PAGE_SIZE = 24;

/**
 * The public catalogue: one page of summaries, how many there are, and the filters' options
 * (the page passes them from Next's data cache: lib/mentorships/public-fitxes-cached.ts).
 */
export async function publicFitxaCatalogue(
  filters: FitxaFilters,
  pageValue: string | undefined,
  filterOptions: () => Promise<FitxaFilterOptions> = publicFitxaFilterOptions,
) {
  const [page, options] = await Promise.all([
    publishedPage(filters, pageValue, CATALOGUE_PAGE_SIZE, (ids) =>
      prisma.recordSheet.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          title: true,
          context: true,
          publishedAt: true,
          topics: { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } },
          mentorship: {
            select: {
              edition: { select: { name: true } },
              application: { select: { municipality: { select: { name: true, comarca: true } } } },
            },
          },
        },
      }),
    ),
    filterOptions(),
  ]);
  const fitxes = page.rows.map((r) => ({
    id: r.id,
    title: r.title,
    context: r.context,
    publishedAt: r.publishedAt,
    topics: r.topics,
    edition: r.mentorship.edition.name,
    municipality: r.mentorship.application.municipality.name,
    comarca: r.mentorship.application.municipality.comarca,
  }));
  return { fitxes, total: page.total, page: page.page, pages: page.pages, options };
}

export async function getPublicFitxa(id: string) {
  const row = await prisma.recordSheet.findFirst({ where: { id, status: "PUBLISHED" }, select: publicSelect });
  return row ? toPublic(row) : null;
}

export type FitxaFilterOptions = Awaited<ReturnType<typeof publicFitxaFilterOptions>>;

/** Only values that some published fitxa has (one query). */
export async function publicFitxaFilterOptions() {
  const rows = await prisma.$queryRaw<
    { kind: "topic" | "comarca" | "year"; value: string; label: string; sort: number }[]
  >`
    SELECT DISTINCT 'topic' AS kind, t.slug AS value, t.name AS label, t."sortOrder" AS sort
      FROM "RecordSheet" r JOIN "_RecordSheetToTopic" rt ON rt."A" = r.id JOIN "Topic" t ON t.id = rt."B" WHERE r.status = 'PUBLISHED'
    UNION ALL
    SELECT DISTINCT 'comarca', mu.comarca, mu.comarca, 0
      FROM "RecordSheet" r JOIN "Mentorship" m ON m.id = r."mentorshipId" JOIN "Application" a ON a.id = m."applicationId"
      JOIN "Municipality" mu ON mu.id = a."municipalityId" WHERE r.status = 'PUBLISHED'
    UNION ALL
    SELECT DISTINCT 'year', e.year::text, e.year::text, e.year
      FROM "RecordSheet" r JOIN "Mentorship" m ON m.id = r."mentorshipId" JOIN "Edition" e ON e.id = m."editionId" WHERE r.status = 'PUBLISHED'`;
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  return {
    topics: of("topic")
      .sort((a, b) => a.sort - b.sort)
      .map(({ value, label }) => ({ value, label })),
    comarques: of("comarca")
      .sort((a, b) => compareCatalan(a.label, b.label))
      .map(({ value, label }) => ({ value, label })),
    years: of("year")
      .sort((a, b) => b.sort - a.sort)
      .map(({ value, label }) => ({ value, label })),
  };
}
