import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Badge, ButtonLink, DataTable, FilterBar, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { listMunicipalities } from "@/lib/municipalities/queries";
import { formatNumber } from "@/lib/i18n/format-number";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Municipis" };

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
  const { rows, total, page, pages, sort } = await listMunicipalities(viewer, filters);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Municipis membres"
        lead="Els municipis de la xarxa entre els quals les persones tècniques trien el seu."
        actions={
          <>
            <ButtonLink href="/secretaria/municipis/importa" variant="secondary">
              Importa un CSV
            </ButtonLink>
            <ButtonLink href="/secretaria/municipis/nou">Afegeix un municipi</ButtonLink>
          </>
        }
      />
      <FilterBar
        order={filters.ordre}
        resetHref="/secretaria/municipis"
        fields={[
          { type: "search", name: "q", label: "Cerca (nom o comarca)", value: filters.q },
          {
            type: "select",
            name: "status",
            label: "Estat",
            value: filters.status,
            options: [
              { value: "active", label: "Actiu" },
              { value: "inactive", label: "Desactivat" },
            ],
          },
        ]}
      />
      <PageCount total={total} page={page} pages={pages} one="municipi" many="municipis" />
      <DataTable
        caption="Municipis"
        headers={[
          { label: "Municipi", sort: "municipi" },
          { label: "Comarca", sort: "comarca" },
          { label: "Població", sort: "poblacio" },
          "Dominis",
          { label: "Persones", sort: "persones" },
          { label: "Estat", sort: "estat" },
        ]}
        sort={{ current: sort, path: "/secretaria/municipis", query: filters }}
        empty="Cap municipi no coincideix amb la cerca."
      >
        {rows.map((m) => (
          <tr key={m.id}>
            <Td>
              <Link href={`/secretaria/municipis/${m.id}`} className="font-semibold">
                {m.name}
              </Link>
            </Td>
            <Td>{m.comarca}</Td>
            <Td>{m.population == null ? "—" : formatNumber(m.population)}</Td>
            <Td>{m.emailDomains.join(", ") || "—"}</Td>
            <Td>{m._count.people}</Td>
            <Td>{m.active ? <Badge tone="green">Actiu</Badge> : <Badge tone="red">Desactivat</Badge>}</Td>
          </tr>
        ))}
      </DataTable>
      <Pagination label="Pàgines de municipis" page={page} pages={pages} path="/secretaria/municipis" query={filters} />
    </div>
  );
}
