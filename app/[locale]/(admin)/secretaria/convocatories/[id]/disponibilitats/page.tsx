import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Badge, DataTable, FilterBar, Td, labelsFilter, topicAndPlaceFilters } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { OFFER_STATUS_LABELS } from "@/lib/applications/labels";
import { requirePermission } from "@/lib/auth/guards";
import { filterOptions } from "@/lib/editions/filter-options";
import { getEdition } from "@/lib/editions/queries";
import { Link } from "@/lib/i18n/navigation";
import { listOffersPage, type OfferFilters } from "@/lib/offers/queries";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Disponibilitats" };

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<OfferFilters & { pagina?: string }>;
};

export default async function OffersPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const filters = cleanQuery(await searchParams);
  const [edition, { rows, total, page, pages, sort, activeCapacity }, options] = await Promise.all([
    getEdition(viewer, id),
    listOffersPage(viewer, id, filters),
    filterOptions(),
  ]);
  if (!edition) notFound();
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Disponibilitats de les persones mentores"
        lead={<Link href={`/secretaria/convocatories/${id}`}>{edition.name}</Link>}
        actions={
          <a
            href={`/${locale}/secretaria/convocatories/${id}/disponibilitats/export${query ? `?${query}` : ""}`}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:text-white"
            download
          >
            Exporta a CSV
          </a>
        }
      />
      <FilterBar
        order={filters.ordre}
        resetHref={`/secretaria/convocatories/${id}/disponibilitats`}
        fields={[
          labelsFilter("status", "Estat", OFFER_STATUS_LABELS, filters.status),
          ...topicAndPlaceFilters(filters, options),
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one="disponibilitat" many="disponibilitats" />
      <p>Capacitat total activa: {activeCapacity}</p>
      <DataTable
        caption="Disponibilitats de la convocatòria"
        headers={[
          { label: "Persona mentora", sort: "persona" },
          { label: "Municipi", sort: "municipi" },
          { label: "Capacitat", sort: "capacitat" },
          "Àmbits",
          { label: "Estat", sort: "estat" },
        ]}
        sort={{ current: sort, path: `/secretaria/convocatories/${id}/disponibilitats`, query: filters }}
        empty="Cap disponibilitat no coincideix amb els filtres."
      >
        {rows.map((o) => (
          <tr key={o.id}>
            <Td>
              <Link href={`/secretaria/convocatories/${id}/disponibilitats/${o.id}`} className="font-semibold">
                {o.mentor.name ?? o.mentor.email}
              </Link>
            </Td>
            <Td>
              {o.mentor.municipality?.name}
              <span className="block text-muted">{o.mentor.municipality?.comarca}</span>
            </Td>
            <Td>{o.capacity}</Td>
            <Td>{o.topics.map((t) => t.name).join(", ")}</Td>
            <Td>
              <Badge tone={o.status === "ACTIVE" ? "green" : "grey"}>{OFFER_STATUS_LABELS[o.status]}</Badge>
            </Td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        label="Pàgines de disponibilitats"
        page={page}
        pages={pages}
        path={`/secretaria/convocatories/${id}/disponibilitats`}
        query={filters}
      />
    </div>
  );
}
