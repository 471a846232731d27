import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { DataTable, FilterBar, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { listAuditEvents, recordPath, type AuditFilters } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("adminAudit");

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
  const [{ events, entityTypes, total, page, pages, sort }, t] = await Promise.all([
    listAuditEvents(viewer, filters),
    getTranslations("adminAudit"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/registre"
        fields={[
          { type: "search", name: "person", label: t("person"), value: filters.person },
          {
            type: "select",
            name: "entityType",
            label: t("entityType"),
            value: filters.entityType,
            options: entityTypes.map((type) => ({ value: type, label: type })),
          },
          { type: "search", name: "entityId", label: t("entityId"), value: filters.entityId },
          { type: "search", name: "action", label: t("action"), value: filters.action },
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one={t("countOne")} many={t("countMany")} />
      <DataTable
        caption={t("title")}
        headers={[
          { label: t("col.when"), sort: "quan" },
          { label: t("col.who"), sort: "qui" },
          { label: t("col.action"), sort: "accio" },
          { label: t("col.record"), sort: "registre" },
        ]}
        sort={{ current: sort, path: "/secretaria/registre", query: filters }}
        empty={t("empty")}
      >
        {events.map((e) => {
          const path = recordPath(e.entityType, e.entityId);
          return (
            <tr key={e.id}>
              <Td>{formatDateTime(e.createdAt, locale as AppLocale)}</Td>
              <Td>{e.actor ? (e.actor.name ?? e.actor.email) : t("system")}</Td>
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
      <Pagination label={t("pagesLabel")} page={page} pages={pages} path="/secretaria/registre" query={filters} />
    </div>
  );
}
