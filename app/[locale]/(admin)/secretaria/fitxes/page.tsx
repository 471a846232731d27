import type { Metadata } from "next";
import { Badge, DataTable, FilterBar, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { formatDateTime } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { FITXA_STATUS_LABELS } from "@/lib/mentorships/labels";
import { listRecordSheetsForReview } from "@/lib/mentorships/record-sheet";
import { type ListPageProps } from "@/lib/query-params";
import { listPage } from "../_list-page";

export const metadata: Metadata = { title: "Fitxes" };

export default async function RecordSheetsPage(
  props: ListPageProps<{ status?: string; pagina?: string; ordre?: string }>,
) {
  const { viewer, filters } = await listPage(props, "mentorship:oversee");
  const { rows, total, page, pages, sort } = await listRecordSheetsForReview(viewer, filters);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Fitxes de les mentories"
        lead="Reviseu les fitxes enviades: publiqueu-les o demaneu-hi canvis."
      />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/fitxes"
        fields={[
          {
            type: "select",
            name: "status",
            label: "Estat",
            value: filters.status,
            options: Object.entries(FITXA_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          },
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one="fitxa" many="fitxes" />
      <DataTable
        caption="Fitxes"
        headers={[
          { label: "Títol", sort: "titol" },
          { label: "Persona", sort: "persona" },
          { label: "Convocatòria", sort: "convocatoria" },
          { label: "Estat", sort: "estat" },
          { label: "Enviada", sort: "enviada" },
        ]}
        sort={{ current: sort, path: "/secretaria/fitxes", query: filters }}
        empty="No hi ha cap fitxa."
      >
        {rows.map((s) => (
          <tr key={s.id}>
            <Td>
              <Link href={`/secretaria/fitxes/${s.id}`} className="font-semibold">
                {s.title || "(sense títol)"}
              </Link>
            </Td>
            <Td>{s.mentorship.mentee.name}</Td>
            <Td>{s.mentorship.edition.name}</Td>
            <Td>
              <Badge tone={s.status === "SUBMITTED" ? "amber" : s.status === "PUBLISHED" ? "green" : "grey"}>
                {FITXA_STATUS_LABELS[s.status]}
              </Badge>
            </Td>
            <Td>{s.submittedAt ? formatDateTime(s.submittedAt) : "—"}</Td>
          </tr>
        ))}
      </DataTable>
      <Pagination label="Pàgines de fitxes" page={page} pages={pages} path="/secretaria/fitxes" query={filters} />
    </div>
  );
}
