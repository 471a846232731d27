import NextLink from "next/link";
import { FilterBar } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDay, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { PageCount, Pagination } from "@/components/Pagination";
import { publicFitxaCatalogue, type FitxaFilters } from "@/lib/mentorships/public-fitxes";
import { cachedFitxaFilterOptions } from "@/lib/mentorships/public-fitxes-cached";

/**
 * The public catalogue of published fitxes: filters, one page of fitxes, paging. What the fitxes'
 * authors wrote (titles, context) is marked as Catalan, the language fitxes are written in.
 */
export async function Catalogue({ query }: { query: FitxaFilters & { pagina?: string } }) {
  const filters: FitxaFilters = { topic: query.topic, comarca: query.comarca, year: query.year };
  const { fitxes, total, page, pages, options } = await publicFitxaCatalogue(
    filters,
    query.pagina,
    cachedFitxaFilterOptions,
  );
  const t = await getTranslations("fitxes");
  const locale = (await getLocale()) as AppLocale;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterBar
        resetHref="/fitxes"
        fields={[
          { type: "select", name: "topic", label: t("topic"), value: filters.topic, options: options.topics },
          { type: "select", name: "comarca", label: t("comarca"), value: filters.comarca, options: options.comarques },
          { type: "select", name: "year", label: t("year"), value: filters.year, options: options.years },
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one={t("one")} many={t("many")} />
      {total === 0 ? <p>{t("none")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {fitxes.map((f) => (
          <li key={f.id} className="rounded-lg border border-line bg-white p-5">
            <h2 className="text-lg font-semibold" lang="ca">
              <Link href={`/fitxes/${f.id}`}>{f.title}</Link>
            </h2>
            <p className="text-sm text-muted">
              {f.municipality} ({f.comarca}) · {f.edition}
              {f.publishedAt ? t("publishedOn", { date: formatDay(f.publishedAt, locale) }) : ""}
            </p>
            <p className="mt-2 line-clamp-3" lang="ca">
              {f.context}
            </p>
            <p className="mt-2 text-sm">{f.topics.map((t) => t.name).join(" · ")}</p>
          </li>
        ))}
      </ul>
      <Pagination label={t("pages")} page={page} pages={pages} path="/fitxes" query={query} />
      <p className="text-sm text-muted">
        {t("api")} <NextLink href="/api/fitxes">/api/fitxes</NextLink> {t("apiNote")}
      </p>
    </div>
  );
}
