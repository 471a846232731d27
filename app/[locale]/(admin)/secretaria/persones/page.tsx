import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/Alert";
import { Badge, ButtonLink, DataTable, FilterBar, type FilterField, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { listPeople, type PeopleFilters } from "@/lib/people/queries";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Persones" };

export default async function PeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<PeopleFilters & { esborrada?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "people:manage", `/${locale}/secretaria/persones`);
  const filters = cleanQuery(await searchParams);
  const { rows: people, total, page, pages, sort } = await listPeople(viewer, filters);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Persones"
        lead="Persones tècniques, persones mentores i secretaria."
        actions={<ButtonLink href="/secretaria/persones/convida">Convida una persona</ButtonLink>}
      />
      {filters.esborrada ? (
        <Alert tone="success" live>
          S&apos;han esborrat les dades personals de la persona.
        </Alert>
      ) : null}
      <FilterBar resetHref="/secretaria/persones" order={filters.ordre} fields={peopleFilters(filters)} />
      <PageCount total={total} page={page} pages={pages} one="persona" many="persones" />
      <DataTable
        caption="Persones"
        headers={[
          { label: "Nom", sort: "nom" },
          { label: "Adreça", sort: "adreca" },
          { label: "Municipi", sort: "municipi" },
          { label: "Rol", sort: "rol" },
          "Estat",
        ]}
        sort={{ current: sort, path: "/secretaria/persones", query: { ...filters, esborrada: undefined } }}
        empty="Cap persona no coincideix amb els filtres."
      >
        {people.map((p) => (
          <tr key={p.id}>
            <Td>
              <Link href={`/secretaria/persones/${p.id}`} className="font-semibold">
                {p.name ?? "(sense nom)"}
              </Link>
            </Td>
            <Td>{p.email}</Td>
            <Td>{p.municipality?.name ?? "—"}</Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                <Badge tone={p.role === "SECRETARIAT" ? "blue" : "grey"}>
                  {p.role === "SECRETARIAT" ? "Secretaria" : "Persona tècnica"}
                </Badge>
                {p.isMentor ? <Badge tone="green">Mentora</Badge> : null}
                {p.wantsToMentor && !p.isMentor ? <Badge tone="amber">Vol ser mentora</Badge> : null}
              </span>
            </Td>
            <Td>
              {p.deactivatedAt ? (
                <Badge tone="red">Desactivada</Badge>
              ) : p.approvalStatus === "PENDING" ? (
                <Badge tone="amber">Pendent de validació</Badge>
              ) : p.approvalStatus === "REJECTED" ? (
                <Badge tone="red">No validada</Badge>
              ) : (
                <Badge tone="green">Activa</Badge>
              )}
            </Td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        label="Pàgines de persones"
        page={page}
        pages={pages}
        path="/secretaria/persones"
        query={{ ...filters, esborrada: undefined }}
      />
    </div>
  );
}

/** The filters of the people list: a search, then role, municipality, mentor and status. */
function peopleFilters(filters: PeopleFilters): FilterField[] {
  return [
    { type: "search", name: "q", label: "Cerca (nom, adreça, càrrec)", value: filters.q },
    {
      type: "select",
      name: "role",
      label: "Rol",
      value: filters.role,
      options: [
        { value: "TECHNICIAN", label: "Persona tècnica" },
        { value: "SECRETARIAT", label: "Secretaria" },
      ],
    },
    { type: "search", name: "municipi", label: "Municipi (nom)", value: filters.municipi },
    {
      type: "select",
      name: "mentor",
      label: "Persona mentora",
      value: filters.mentor,
      options: [
        { value: "yes", label: "Sí" },
        { value: "no", label: "No" },
        { value: "wants", label: "Ho vol ser" },
      ],
    },
    {
      type: "select",
      name: "status",
      label: "Estat",
      value: filters.status,
      options: [
        { value: "active", label: "Actiu" },
        { value: "inactive", label: "Desactivat" },
        { value: "pending", label: "Pendent de validació" },
        { value: "email", label: "Amb l'adreça rebutjada" },
      ],
    },
  ];
}
