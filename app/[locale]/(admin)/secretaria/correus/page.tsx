import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Badge, DataTable, FilterBar, Td } from "@/components/admin";
import { Alert } from "@/components/Alert";
import { holdLabel } from "@/lib/email/hold";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { EMAIL_STATUS_LABELS } from "@/lib/email/labels";
import { listEmails, type EmailLogFilters } from "@/lib/email/log";
import { Link } from "@/lib/i18n/navigation";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Registre de correus" };

export default async function EmailLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<EmailLogFilters>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "email:log", `/${locale}/secretaria/correus`);
  const filters = cleanQuery(await searchParams);
  const { rows, templates, total, page, pages, sort, hold } = await listEmails(viewer, filters);
  return (
    <div className="space-y-6">
      <PageHeader title="Registre de correus" lead="Tots els correus de la plataforma, amb el seu estat d'enviament." />
      {hold ? <Alert tone="warning">{holdLabel(hold)}</Alert> : null}
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/correus"
        fields={[
          { type: "search", name: "q", label: "Persona (nom o adreça)", value: filters.q },
          {
            type: "select",
            name: "template",
            label: "Plantilla",
            value: filters.template,
            options: templates.map((t) => ({ value: t, label: t })),
          },
          {
            type: "select",
            name: "status",
            label: "Estat",
            value: filters.status,
            options: Object.entries(EMAIL_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          },
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one="correu" many="correus" />
      <DataTable
        caption="Correus"
        headers={[
          { label: "Assumpte", sort: "assumpte" },
          { label: "Per a", sort: "destinatari" },
          { label: "Plantilla", sort: "plantilla" },
          { label: "Estat", sort: "estat" },
          { label: "Creat", sort: "creat" },
        ]}
        sort={{ current: sort, path: "/secretaria/correus", query: filters }}
        empty="Cap correu no coincideix amb la cerca."
      >
        {rows.map((e) => (
          <tr key={e.id}>
            <Td>
              <Link href={`/secretaria/correus/${e.id}`} className="font-semibold">
                {e.subject}
              </Link>
            </Td>
            <Td>
              {e.toUser?.name ?? ""}
              <span className="block text-muted">{e.toEmail}</span>
            </Td>
            <Td>{e.template}</Td>
            <Td>
              <Badge tone={e.status === "SENT" ? "green" : e.status === "FAILED" ? "red" : "amber"}>
                {EMAIL_STATUS_LABELS[e.status]}
              </Badge>
              {e.attempts > 1 ? <span className="block text-xs text-muted">{e.attempts} intents</span> : null}
            </Td>
            <Td>{formatDateTime(e.createdAt)}</Td>
          </tr>
        ))}
      </DataTable>
      <Pagination label="Pàgines de correus" page={page} pages={pages} path="/secretaria/correus" query={filters} />
    </div>
  );
}
