import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Badge, DataTable, FilterBar, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import {
  COMMUNICATION_KIND_LABELS,
  COMMUNICATION_STATUS_LABELS,
  listCommunications,
} from "@/lib/mentorships/communications";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Comunicacions" };

export default async function CommunicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ status?: string; ordre?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "mentorship:oversee", `/${locale}/secretaria/comunicacions`);
  const filters = cleanQuery(await searchParams);
  const { rows, sort } = await listCommunications(viewer, filters);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Comunicacions"
        lead="Incidències, canvis de data i altres comunicacions de les parelles a la secretaria."
      />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/comunicacions"
        fields={[
          {
            type: "select",
            name: "status",
            label: "Estat",
            value: filters.status,
            options: Object.entries(COMMUNICATION_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          },
        ]}
      />
      <DataTable
        caption="Comunicacions"
        headers={[
          { label: "Assumpte", sort: "assumpte" },
          { label: "De", sort: "de" },
          { label: "Tipus", sort: "tipus" },
          { label: "Estat", sort: "estat" },
          { label: "Darrer moviment", sort: "moviment" },
        ]}
        sort={{ current: sort, path: "/secretaria/comunicacions", query: filters }}
        empty="No hi ha cap comunicació."
      >
        {rows.map((c) => (
          <tr key={c.id}>
            <Td>
              <Link href={`/secretaria/comunicacions/${c.id}`} className="font-semibold">
                {c.subject}
              </Link>
            </Td>
            <Td>{c.sender.name ?? c.sender.email}</Td>
            <Td>{COMMUNICATION_KIND_LABELS[c.kind]}</Td>
            <Td>
              <Badge tone={c.status === "OPEN" ? "amber" : c.status === "ANSWERED" ? "green" : "grey"}>
                {COMMUNICATION_STATUS_LABELS[c.status]}
              </Badge>
            </Td>
            <Td>{formatDateTime(c.updatedAt)}</Td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
