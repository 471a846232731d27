import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { enumWords } from "@/lib/i18n/translator";
import { Badge, DataTable, FilterBar, Td, labelsFilter } from "@/components/admin";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { listEmails, type EmailLogFilters } from "@/lib/email/log";
import { Link } from "@/lib/i18n/navigation";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("adminEmails");

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
  const [{ rows, templates, total, page, pages, sort, hold }, t, tLabel, tHold] = await Promise.all([
    listEmails(viewer, filters),
    getTranslations("adminEmails"),
    getTranslations("labels"),
    getTranslations("dashboard.attention.holdReason"),
  ]);
  const when = (date: Date) => formatDateTime(date, locale as AppLocale);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {hold ? (
        <Alert tone="warning">
          {t("hold", {
            until: when(hold.until),
            reason: tHold.has(hold.reason) ? tHold(hold.reason) : hold.reason,
          })}
        </Alert>
      ) : null}
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/correus"
        fields={[
          { type: "search", name: "q", label: t("filterPerson"), value: filters.q },
          {
            type: "select",
            name: "template",
            label: t("template"),
            value: filters.template,
            options: templates.map((template) => ({ value: template, label: template })),
          },
          labelsFilter("status", t("status"), enumWords(tLabel, "emailStatus"), filters.status),
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one={t("countOne")} many={t("countMany")} />
      <DataTable
        caption={t("caption")}
        headers={[
          { label: t("col.subject"), sort: "assumpte" },
          { label: t("col.to"), sort: "destinatari" },
          { label: t("col.template"), sort: "plantilla" },
          { label: t("col.status"), sort: "estat" },
          { label: t("col.created"), sort: "creat" },
        ]}
        sort={{ current: sort, path: "/secretaria/correus", query: filters }}
        empty={t("empty")}
      >
        {rows.map((e) => (
          <tr key={e.id}>
            <Td>
              <Link href={`/secretaria/correus/${e.id}`} className="font-semibold" lang={e.language}>
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
                {tLabel(`emailStatus.${e.status}`)}
              </Badge>
              {e.attempts > 1 ? (
                <span className="block text-xs text-muted">{t("attempts", { count: e.attempts })}</span>
              ) : null}
            </Td>
            <Td>{when(e.createdAt)}</Td>
          </tr>
        ))}
      </DataTable>
      <Pagination label={t("pagesLabel")} page={page} pages={pages} path="/secretaria/correus" query={filters} />
    </div>
  );
}
