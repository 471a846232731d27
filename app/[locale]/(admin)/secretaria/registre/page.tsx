import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { DataTable, FilterBar, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { listAuditEvents, recordPath, type AuditFilters } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Registre d'accions" };

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<AuditFilters>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "audit:read", `/${locale}/secretaria/registre`);
  const filters = cleanQuery(await searchParams);
  const { events, entityTypes, total, page, pages, sort } = await listAuditEvents(viewer, filters);
  return (
    <div className="space-y-6">
      <PageHeader title="Registre d'accions" lead="Qui ha fet què, a quin registre i quan. Les més recents primer." />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/registre"
        fields={[
          { type: "search", name: "person", label: "Persona (nom o adreça)", value: filters.person },
          {
            type: "select",
            name: "entityType",
            label: "Tipus de registre",
            value: filters.entityType,
            options: entityTypes.map((t) => ({ value: t, label: t })),
          },
          { type: "search", name: "entityId", label: "Identificador del registre", value: filters.entityId },
          { type: "search", name: "action", label: "Acció", value: filters.action },
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one="acció" many="accions" />
      <DataTable
        caption="Registre d'accions"
        headers={[
          { label: "Quan", sort: "quan" },
          { label: "Qui", sort: "qui" },
          { label: "Acció", sort: "accio" },
          { label: "Registre", sort: "registre" },
        ]}
        sort={{ current: sort, path: "/secretaria/registre", query: filters }}
        empty="Cap acció no coincideix amb la cerca."
      >
        {events.map((e) => {
          const path = recordPath(e.entityType, e.entityId);
          return (
            <tr key={e.id}>
              <Td>{formatDateTime(e.createdAt)}</Td>
              <Td>{e.actor ? (e.actor.name ?? e.actor.email) : "Sistema"}</Td>
              <Td>
                <code>{e.action}</code>
              </Td>
              <Td>
                {e.entityType} · {path ? <Link href={path}>{e.entityId}</Link> : e.entityId}
              </Td>
            </tr>
          );
        })}
      </DataTable>
      <Pagination label="Pàgines del registre" page={page} pages={pages} path="/secretaria/registre" query={filters} />
    </div>
  );
}
