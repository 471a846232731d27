import { getTranslations } from "next-intl/server";
import { Badge, DataTable, FilterBar, Td, labelsFilter } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { formatDay, type AppLocale } from "@/lib/dates";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { enumWords, type Translator } from "@/lib/i18n/translator";
import { Link } from "@/lib/i18n/navigation";
import { listMentorships } from "@/lib/mentorships/view";
import { type ListPageProps } from "@/lib/query-params";
import { listPage } from "../_list-page";

export const generateMetadata = titleFromMessages("adminMentorships");

export default async function MentorshipsPage(
  props: ListPageProps<{ status?: string; pagina?: string; ordre?: string; pendent?: string; convocatoria?: string }>,
) {
  const { locale, viewer, filters } = await listPage(props, "mentorship:oversee");
  const [{ rows, total, page, pages, sort }, t, tLabel] = await Promise.all([
    listMentorships(viewer, filters),
    getTranslations("adminMentorships"),
    getTranslations("labels"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/acompanyaments"
        fields={[
          labelsFilter("status", t("status"), enumWords(tLabel, "mentorshipStatus"), filters.status),
          labelsFilter("pendent", t("attention"), enumWords(tLabel, "mentorshipIssue"), filters.pendent),
          ...(filters.convocatoria
            ? [{ type: "hidden" as const, name: "convocatoria", value: filters.convocatoria }]
            : []),
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one={t("countOne")} many={t("countMany")} />
      <DataTable
        caption={t("caption")}
        headers={columns(t)}
        sort={{ current: sort, path: "/secretaria/acompanyaments", query: filters }}
        empty={t("empty")}
      >
        {rows.map((mentorship) => (
          <tr key={mentorship.id}>
            <Td>
              <Link href={`/acompanyaments/${mentorship.id}`} className="font-semibold">
                {t("pair", { mentee: mentorship.mentee.name ?? "", mentor: mentorship.mentor.name ?? "" })}
              </Link>
              <span className="block text-muted">{mentorship.mentee.municipality?.name}</span>
            </Td>
            <Td>{mentorship.edition.name}</Td>
            <Td>
              <Badge
                tone={mentorship.status === "CANCELLED" ? "grey" : mentorship.status === "COMPLETED" ? "blue" : "green"}
              >
                {tLabel(`mentorshipStatus.${mentorship.status}`)}
              </Badge>
            </Td>
            <Td>
              {t("meetings", { counted: mentorship.compliance.counted, required: mentorship.compliance.required })}
              {mentorship.compliance.met ? <span className="block text-xs text-brand-700">{t("met")}</span> : null}
            </Td>
            <Td>
              {formatDay(mentorship.period.end, locale as AppLocale)}
              {mentorship.endOn ? null : <span className="block text-xs text-muted">{t("defaultEnd")}</span>}
            </Td>
          </tr>
        ))}
      </DataTable>
      <Pagination label={t("pagesLabel")} page={page} pages={pages} path="/secretaria/acompanyaments" query={filters} />
    </div>
  );
}

/** The list's columns: the pair, its edition, status and end can order it. */
function columns(t: Translator) {
  return [
    { label: t("col.pair"), sort: "parella" },
    { label: t("col.edition"), sort: "convocatoria" },
    { label: t("col.status"), sort: "estat" },
    t("col.meetings"),
    { label: t("col.end"), sort: "finalitzacio" },
  ];
}
