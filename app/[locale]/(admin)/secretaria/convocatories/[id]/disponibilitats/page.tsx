import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { enumWords } from "@/lib/i18n/translator";
import { notFound } from "next/navigation";
import { Badge, DataTable, FilterBar, Td, labelsFilter, topicAndPlaceFilters } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { filterOptions } from "@/lib/editions/filter-options";
import { getEdition } from "@/lib/editions/queries";
import { Link } from "@/lib/i18n/navigation";
import { listOffersPage, type OfferFilters } from "@/lib/offers/queries";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("adminOffers");

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<OfferFilters & { pagina?: string }>;
};

export default async function OffersPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const filters = cleanQuery(await searchParams);
  const [edition, { rows, total, page, pages, sort, activeCapacity }, options, t, tLabel, tCommon] = await Promise.all([
    getEdition(viewer, id),
    listOffersPage(viewer, id, filters),
    filterOptions(),
    getTranslations("adminOffers"),
    getTranslations("labels"),
    getTranslations("common"),
  ]);
  if (!edition) notFound();
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]).toString();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("heading")}
        lead={<Link href={`/secretaria/convocatories/${id}`}>{edition.name}</Link>}
        actions={
          <a
            href={`/${locale}/secretaria/convocatories/${id}/disponibilitats/export${query ? `?${query}` : ""}`}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:text-white"
            download
          >
            {t("export")}
          </a>
        }
      />
      <FilterBar
        order={filters.ordre}
        resetHref={`/secretaria/convocatories/${id}/disponibilitats`}
        fields={[
          labelsFilter("status", t("status"), enumWords(tLabel, "offerStatus"), filters.status),
          ...topicAndPlaceFilters(filters, options, tCommon),
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one={t("countOne")} many={t("countMany")} />
      <p>{t("capacity", { capacity: activeCapacity })}</p>
      <DataTable
        caption={t("caption")}
        headers={[
          { label: t("col.mentor"), sort: "persona" },
          { label: t("col.municipality"), sort: "municipi" },
          { label: t("col.capacity"), sort: "capacitat" },
          t("col.topics"),
          { label: t("col.status"), sort: "estat" },
        ]}
        sort={{ current: sort, path: `/secretaria/convocatories/${id}/disponibilitats`, query: filters }}
        empty={t("empty")}
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
            <Td>{o.topics.map((topic) => topic.name).join(", ")}</Td>
            <Td>
              <Badge tone={o.status === "ACTIVE" ? "green" : "grey"}>{tLabel(`offerStatus.${o.status}`)}</Badge>
            </Td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        label={t("pagesLabel")}
        page={page}
        pages={pages}
        path={`/secretaria/convocatories/${id}/disponibilitats`}
        query={filters}
      />
    </div>
  );
}
