import type { Metadata } from "next";
import { Badge, DataTable, FilterBar, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { formatDay } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { MENTORSHIP_ISSUES } from "@/lib/mentorships/issues";
import { MENTORSHIP_STATUS_LABELS } from "@/lib/mentorships/labels";
import { listMentorships } from "@/lib/mentorships/view";
import { type ListPageProps } from "@/lib/query-params";
import { listPage } from "../_list-page";

export const metadata: Metadata = { title: "Acompanyaments" };

export default async function MentorshipsPage(
  props: ListPageProps<{ status?: string; pagina?: string; ordre?: string; pendent?: string; convocatoria?: string }>,
) {
  const { viewer, filters } = await listPage(props, "mentorship:oversee");
  const { rows, total, page, pages, sort } = await listMentorships(viewer, filters);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Acompanyaments"
        lead="Totes les parelles de mentoria, amb el seu estat i el compliment de les trobades."
      />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/acompanyaments"
        fields={[
          {
            type: "select",
            name: "status",
            label: "Estat",
            value: filters.status,
            options: Object.entries(MENTORSHIP_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          },
          {
            type: "select",
            name: "pendent",
            label: "Cal atenció",
            value: filters.pendent,
            options: Object.entries(MENTORSHIP_ISSUES).map(([value, label]) => ({ value, label })),
          },
          ...(filters.convocatoria
            ? [{ type: "hidden" as const, name: "convocatoria", value: filters.convocatoria }]
            : []),
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one="acompanyament" many="acompanyaments" />
      <DataTable
        caption="Acompanyaments"
        headers={[
          { label: "Parella", sort: "parella" },
          { label: "Convocatòria", sort: "convocatoria" },
          { label: "Estat", sort: "estat" },
          "Trobades",
          { label: "Finalització", sort: "finalitzacio" },
        ]}
        sort={{ current: sort, path: "/secretaria/acompanyaments", query: filters }}
        empty="No hi ha cap acompanyament."
      >
        {rows.map((m) => (
          <tr key={m.id}>
            <Td>
              <Link href={`/acompanyaments/${m.id}`} className="font-semibold">
                {m.mentee.name} i {m.mentor.name}
              </Link>
              <span className="block text-muted">{m.mentee.municipality?.name}</span>
            </Td>
            <Td>{m.edition.name}</Td>
            <Td>
              <Badge tone={m.status === "CANCELLED" ? "grey" : m.status === "COMPLETED" ? "blue" : "green"}>
                {MENTORSHIP_STATUS_LABELS[m.status]}
              </Badge>
            </Td>
            <Td>
              {m.compliance.counted} de {m.compliance.required}
              {m.compliance.met ? <span className="block text-xs text-brand-700">Complert</span> : null}
            </Td>
            <Td>
              {formatDay(m.period.end)}
              {m.endOn ? null : <span className="block text-xs text-muted">Per defecte (sense acord)</span>}
            </Td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        label="Pàgines d'acompanyaments"
        page={page}
        pages={pages}
        path="/secretaria/acompanyaments"
        query={filters}
      />
    </div>
  );
}
