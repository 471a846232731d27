import { getTranslations } from "next-intl/server";
import { Badge, DataTable, FilterBar, Td, labelsFilter } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { enumWords } from "@/lib/i18n/translator";
import { Link } from "@/lib/i18n/navigation";
import { listRecordSheetsForReview } from "@/lib/mentorships/record-sheet";
import { type ListPageProps } from "@/lib/query-params";
import { listPage } from "../_list-page";

export const generateMetadata = titleFromMessages("adminFitxes");

export default async function RecordSheetsPage(
  props: ListPageProps<{ status?: string; pagina?: string; ordre?: string }>,
) {
  const { locale, viewer, filters } = await listPage(props, "mentorship:oversee");
  const [{ rows, total, page, pages, sort }, t, tLabel] = await Promise.all([
    listRecordSheetsForReview(viewer, filters),
    getTranslations("adminFitxes"),
    getTranslations("labels"),
  ]);
  const statuses = enumWords(tLabel, "fitxaStatus");
  return (
    <div className="space-y-6">
      <PageHeader title={t("heading")} lead={t("lead")} />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/fitxes"
        fields={[labelsFilter("status", t("status"), statuses, filters.status)]}
      />
      <PageCount total={total} page={page} pages={pages} one={t("countOne")} many={t("countMany")} />
      <DataTable
        caption={t("title")}
        headers={[
          { label: t("col.title"), sort: "titol" },
          { label: t("col.person"), sort: "persona" },
          { label: t("col.edition"), sort: "convocatoria" },
          { label: t("col.status"), sort: "estat" },
          { label: t("col.submitted"), sort: "enviada" },
        ]}
        sort={{ current: sort, path: "/secretaria/fitxes", query: filters }}
        empty={t("empty")}
      >
        {rows.map((s) => (
          <tr key={s.id}>
            <Td>
              <Link href={`/secretaria/fitxes/${s.id}`} className="font-semibold">
                {s.title || t("untitled")}
              </Link>
            </Td>
            <Td>{s.mentorship.mentee.name}</Td>
            <Td>{s.mentorship.edition.name}</Td>
            <Td>
              <Badge tone={s.status === "SUBMITTED" ? "amber" : s.status === "PUBLISHED" ? "green" : "grey"}>
                {statuses[s.status]}
              </Badge>
            </Td>
            <Td>{s.submittedAt ? formatDateTime(s.submittedAt, locale as AppLocale) : "—"}</Td>
          </tr>
        ))}
      </DataTable>
      <Pagination label={t("pagesLabel")} page={page} pages={pages} path="/secretaria/fitxes" query={filters} />
    </div>
  );
}
