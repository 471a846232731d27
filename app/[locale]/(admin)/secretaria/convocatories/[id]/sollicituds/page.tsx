import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Badge, DataTable, FilterBar, Td, labelsFilter, topicAndPlaceFilters } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { APPLICATION_STATUS_LABELS, PRIORITY_LABELS } from "@/lib/applications/labels";
import { listApplicationsPage, type ApplicationFilters } from "@/lib/applications/queries";
import { requirePermission } from "@/lib/auth/guards";
import { formatDay } from "@/lib/dates";
import { filterOptions } from "@/lib/editions/filter-options";
import { getEdition } from "@/lib/editions/queries";
import { Link } from "@/lib/i18n/navigation";
import { LateApplicationForm } from "./LateApplicationForm";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Sol·licituds" };

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<ApplicationFilters & { pagina?: string }>;
};

export default async function ApplicationsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const filters = cleanQuery(await searchParams);
  const [edition, { rows, total, page, pages, sort }, options] = await Promise.all([
    getEdition(viewer, id),
    listApplicationsPage(viewer, id, filters),
    filterOptions(),
  ]);
  if (!edition) notFound();
  const query = new URLSearchParams(
    Object.entries(filters).filter(([k, v]) => v && k !== "pagina") as [string, string][],
  ).toString();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Sol·licituds"
        lead={<Link href={`/secretaria/convocatories/${id}`}>{edition.name}</Link>}
        actions={
          <a
            href={`/${locale}/secretaria/convocatories/${id}/sollicituds/export${query ? `?${query}` : ""}`}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:text-white"
            download
          >
            Exporta a CSV
          </a>
        }
      />
      <FilterBar
        order={filters.ordre}
        resetHref={`/secretaria/convocatories/${id}/sollicituds`}
        fields={[
          labelsFilter("status", "Estat", APPLICATION_STATUS_LABELS, filters.status),
          ...topicAndPlaceFilters(filters, options),
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one="sol·licitud" many="sol·licituds" />
      <DataTable
        caption="Sol·licituds de la convocatòria"
        headers={[
          { label: "Persona", sort: "persona" },
          { label: "Municipi", sort: "municipi" },
          { label: "Necessitats", sort: "necessitats" },
          { label: "Estat", sort: "estat" },
          { label: "Enviada", sort: "enviada" },
        ]}
        sort={{ current: sort, path: `/secretaria/convocatories/${id}/sollicituds`, query: filters }}
        empty="Cap sol·licitud no coincideix amb els filtres."
      >
        {rows.map((a) => (
          <tr key={a.id}>
            <Td>
              <Link href={`/secretaria/convocatories/${id}/sollicituds/${a.id}`} className="font-semibold">
                {a.applicant.name ?? a.applicant.email}
              </Link>
            </Td>
            <Td>
              {a.municipality.name}
              <span className="block text-muted">{a.municipality.comarca}</span>
            </Td>
            <Td>
              {a.needs.map((n) => `${n.topic.name} (${PRIORITY_LABELS[n.priority].toLowerCase()})`).join(", ") || "—"}
            </Td>
            <Td>
              <Badge tone={a.status === "SUBMITTED" ? "green" : a.status === "DRAFT" ? "amber" : "grey"}>
                {APPLICATION_STATUS_LABELS[a.status]}
              </Badge>
              {a.lateAcceptedAt ? <span className="block text-xs text-muted">Fora de termini</span> : null}
            </Td>
            <Td>{a.submittedAt ? formatDay(a.submittedAt) : "—"}</Td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        label="Pàgines de sol·licituds"
        page={page}
        pages={pages}
        path={`/secretaria/convocatories/${id}/sollicituds`}
        query={filters}
      />
      {edition.phase === "APPLICATIONS" || edition.phase === "MATCHING" ? <LateApplicationForm editionId={id} /> : null}
    </div>
  );
}
