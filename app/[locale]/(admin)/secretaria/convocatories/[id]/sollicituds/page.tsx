import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { enumWords } from "@/lib/i18n/translator";
import { notFound } from "next/navigation";
import { Badge, DataTable, FilterBar, Td, labelsFilter, topicAndPlaceFilters } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { listApplicationsPage, type ApplicationFilters } from "@/lib/applications/queries";
import { requirePermission } from "@/lib/auth/guards";
import { formatDay, type AppLocale } from "@/lib/dates";
import { ClientMessages } from "@/components/ClientMessages";
import { filterOptions } from "@/lib/editions/filter-options";
import { getEdition } from "@/lib/editions/queries";
import { Link } from "@/lib/i18n/navigation";
import { LateApplicationForm } from "./LateApplicationForm";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("adminApplications");

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<ApplicationFilters & { pagina?: string }>;
};

export default async function ApplicationsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const filters = cleanQuery(await searchParams);
  const [edition, { rows, total, page, pages, sort }, options, t, tLabel, tCommon] = await Promise.all([
    getEdition(viewer, id),
    listApplicationsPage(viewer, id, filters),
    filterOptions(),
    getTranslations("adminApplications"),
    getTranslations("labels"),
    getTranslations("common"),
  ]);
  if (!edition) notFound();
  const query = new URLSearchParams(
    Object.entries(filters).filter(([k, v]) => v && k !== "pagina") as [string, string][],
  ).toString();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={<Link href={`/secretaria/convocatories/${id}`}>{edition.name}</Link>}
        actions={
          <a
            href={`/${locale}/secretaria/convocatories/${id}/sollicituds/export${query ? `?${query}` : ""}`}
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:text-white"
            download
          >
            {t("export")}
          </a>
        }
      />
      <FilterBar
        order={filters.ordre}
        resetHref={`/secretaria/convocatories/${id}/sollicituds`}
        fields={[
          labelsFilter("status", t("status"), enumWords(tLabel, "applicationStatus"), filters.status),
          ...topicAndPlaceFilters(filters, options, tCommon),
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one={t("countOne")} many={t("countMany")} />
      <DataTable
        caption={t("caption")}
        headers={[
          { label: t("col.person"), sort: "persona" },
          { label: t("col.municipality"), sort: "municipi" },
          { label: t("col.needs"), sort: "necessitats" },
          { label: t("col.status"), sort: "estat" },
          { label: t("col.submitted"), sort: "enviada" },
        ]}
        sort={{ current: sort, path: `/secretaria/convocatories/${id}/sollicituds`, query: filters }}
        empty={t("empty")}
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
              {a.needs
                .map((n) =>
                  t("need", { topic: n.topic.name, priority: tLabel(`priority.${n.priority}`).toLowerCase() }),
                )
                .join(", ") || "—"}
            </Td>
            <Td>
              <Badge tone={a.status === "SUBMITTED" ? "green" : a.status === "DRAFT" ? "amber" : "grey"}>
                {tLabel(`applicationStatus.${a.status}`)}
              </Badge>
              {a.lateAcceptedAt ? <span className="block text-xs text-muted">{t("late")}</span> : null}
            </Td>
            <Td>{a.submittedAt ? formatDay(a.submittedAt, locale as AppLocale) : "—"}</Td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        label={t("pagesLabel")}
        page={page}
        pages={pages}
        path={`/secretaria/convocatories/${id}/sollicituds`}
        query={filters}
      />
      {edition.phase === "APPLICATIONS" || edition.phase === "MATCHING" ? (
        <ClientMessages namespaces={["adminApplications"]}>
          <LateApplicationForm editionId={id} />
        </ClientMessages>
      ) : null}
    </div>
  );
}
