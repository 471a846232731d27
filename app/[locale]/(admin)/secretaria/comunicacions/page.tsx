import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { enumWords } from "@/lib/i18n/translator";
import { Badge, DataTable, FilterBar, Td, labelsFilter } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { listCommunications } from "@/lib/mentorships/communications";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("adminCommunications");

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
  const [{ rows, sort }, t, tLabel] = await Promise.all([
    listCommunications(viewer, filters),
    getTranslations("adminCommunications"),
    getTranslations("labels"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/comunicacions"
        fields={[labelsFilter("status", t("status"), enumWords(tLabel, "communicationStatus"), filters.status)]}
      />
      <DataTable
        caption={t("title")}
        headers={[
          { label: t("col.subject"), sort: "assumpte" },
          { label: t("col.from"), sort: "de" },
          { label: t("col.kind"), sort: "tipus" },
          { label: t("col.status"), sort: "estat" },
          { label: t("col.updated"), sort: "moviment" },
        ]}
        sort={{ current: sort, path: "/secretaria/comunicacions", query: filters }}
        empty={t("empty")}
      >
        {rows.map((c) => (
          <tr key={c.id}>
            <Td>
              <Link href={`/secretaria/comunicacions/${c.id}`} className="font-semibold" lang={c.sender.locale}>
                {c.subject}
              </Link>
            </Td>
            <Td>{c.sender.name ?? c.sender.email}</Td>
            <Td>{tLabel(`communicationKind.${c.kind}`)}</Td>
            <Td>
              <Badge tone={c.status === "OPEN" ? "amber" : c.status === "ANSWERED" ? "green" : "grey"}>
                {tLabel(`communicationStatus.${c.status}`)}
              </Badge>
            </Td>
            <Td>{formatDateTime(c.updatedAt, locale as AppLocale)}</Td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
