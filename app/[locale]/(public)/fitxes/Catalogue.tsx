import NextLink from "next/link";
import { FilterBar } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { formatDay } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { PageCount, Pagination } from "@/components/Pagination";
import { publicFitxaCatalogue, type FitxaFilters } from "@/lib/mentorships/public-fitxes";
import { cachedFitxaFilterOptions } from "@/lib/mentorships/public-fitxes-cached";

export const CATALOGUE_TITLE = "Fitxes de les mentories";

/** The public catalogue of published fitxes: filters, one page of fitxes, paging. */
export async function Catalogue({ query }: { query: FitxaFilters & { pagina?: string } }) {
  const filters: FitxaFilters = { topic: query.topic, comarca: query.comarca, year: query.year };
  const { fitxes, total, page, pages, options } = await publicFitxaCatalogue(
    filters,
    query.pagina,
    cachedFitxaFilterOptions,
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title={CATALOGUE_TITLE}
        lead="Les experiències documentades pels municipis que han rebut mentoria dins el programa de l'XMESS, perquè altres municipis en puguin aprendre."
      />
      <FilterBar
        resetHref="/fitxes"
        fields={[
          { type: "select", name: "topic", label: "Àmbit", value: filters.topic, options: options.topics },
          { type: "select", name: "comarca", label: "Comarca", value: filters.comarca, options: options.comarques },
          { type: "select", name: "year", label: "Any", value: filters.year, options: options.years },
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one="fitxa" many="fitxes" />
      {total === 0 ? <p>No hi ha cap fitxa publicada amb aquests filtres.</p> : null}
      <ul className="grid gap-4 md:grid-cols-2">
        {fitxes.map((f) => (
          <li key={f.id} className="rounded-lg border border-line bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link href={`/fitxes/${f.id}`}>{f.title}</Link>
            </h2>
            <p className="text-sm text-muted">
              {f.municipality} ({f.comarca}) · {f.edition}
              {f.publishedAt ? ` · publicada el ${formatDay(f.publishedAt)}` : ""}
            </p>
            <p className="mt-2 line-clamp-3">{f.context}</p>
            <p className="mt-2 text-sm">{f.topics.map((t) => t.name).join(" · ")}</p>
          </li>
        ))}
      </ul>
      <Pagination label="Pàgines de fitxes" page={page} pages={pages} path="/fitxes" query={query} />
      <p className="text-sm text-muted">
        Per a la web de la xarxa: <NextLink href="/api/fitxes">/api/fitxes</NextLink> (JSON, amb els mateixos filtres).
      </p>
    </div>
  );
}
