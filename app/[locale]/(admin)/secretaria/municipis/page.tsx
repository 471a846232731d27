import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { Badge, ButtonLink, DataTable, FilterBar, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { listMunicipalities } from "@/lib/municipalities/queries";
import { formatNumber } from "@/lib/i18n/format-number";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("adminMunicipalities");

export default async function MunicipalitiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ q?: string; status?: string; pagina?: string; ordre?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "people:manage", `/${locale}/secretaria/municipis`);
  const filters = cleanQuery(await searchParams);
  const [{ rows, total, page, pages, sort }, t] = await Promise.all([
    listMunicipalities(viewer, filters),
    getTranslations("adminMunicipalities"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("heading")}
        lead={t("lead")}
        actions={
          <>
            <ButtonLink href="/secretaria/municipis/importa" variant="secondary">
              {t("import")}
            </ButtonLink>
            <ButtonLink href="/secretaria/municipis/nou">{t("add")}</ButtonLink>
          </>
        }
      />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/municipis"
        fields={[
          { type: "search", name: "q", label: t("filterQ"), value: filters.q },
          {
            type: "select",
            name: "status",
            label: t("filterStatus"),
            value: filters.status,
            options: [
              { value: "active", label: t("active") },
              { value: "inactive", label: t("inactive") },
            ],
          },
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one={t("countOne")} many={t("countMany")} />
      <DataTable
        caption={t("title")}
        headers={[
          { label: t("col.name"), sort: "municipi" },
          { label: t("col.comarca"), sort: "comarca" },
          { label: t("col.population"), sort: "poblacio" },
          t("col.domains"),
          { label: t("col.people"), sort: "persones" },
          { label: t("col.status"), sort: "estat" },
        ]}
        sort={{ current: sort, path: "/secretaria/municipis", query: filters }}
        empty={t("empty")}
      >
        {rows.map((m) => (
          <tr key={m.id}>
            <Td>
              <Link href={`/secretaria/municipis/${m.id}`} className="font-semibold">
                {m.name}
              </Link>
            </Td>
            <Td>{m.comarca}</Td>
            <Td>{m.population == null ? "—" : formatNumber(m.population, locale)}</Td>
            <Td>{m.emailDomains.join(", ") || "—"}</Td>
            <Td>{m._count.people}</Td>
            <Td>{m.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="red">{t("inactive")}</Badge>}</Td>
          </tr>
        ))}
      </DataTable>
      <Pagination label={t("pagesLabel")} page={page} pages={pages} path="/secretaria/municipis" query={filters} />
    </div>
  );
}
