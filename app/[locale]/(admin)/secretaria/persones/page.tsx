import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert } from "@/components/Alert";
import { Badge, ButtonLink, DataTable, FilterBar, type FilterField, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { PageCount, Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { listPeople, type PeopleFilters } from "@/lib/people/queries";
import { cleanQuery } from "@/lib/query-params";
import { titleFromMessages } from "@/lib/i18n/metadata";
import type { Translator } from "@/lib/i18n/translator";

export const generateMetadata = titleFromMessages("adminPeople");

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
  const [{ rows: people, total, page, pages, sort }, t, tLabel] = await Promise.all([
    listPeople(viewer, filters),
    getTranslations("adminPeople"),
    getTranslations("labels"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={<ButtonLink href="/secretaria/persones/convida">{t("invite")}</ButtonLink>}
      />
      {filters.esborrada ? (
        <Alert tone="success" live>
          {t("erased")}
        </Alert>
      ) : null}
      <FilterBar resetHref="/secretaria/persones" order={filters.ordre} fields={peopleFilters(filters, t, tLabel)} />
      <PageCount total={total} page={page} pages={pages} one={t("countOne")} many={t("countMany")} />
      <DataTable
        caption={t("title")}
        headers={[
          { label: t("col.name"), sort: "nom" },
          { label: t("col.email"), sort: "adreca" },
          { label: t("col.municipality"), sort: "municipi" },
          { label: t("col.role"), sort: "rol" },
          t("col.status"),
        ]}
        sort={{ current: sort, path: "/secretaria/persones", query: { ...filters, esborrada: undefined } }}
        empty={t("empty")}
      >
        {people.map((p) => (
          <tr key={p.id}>
            <Td>
              <Link href={`/secretaria/persones/${p.id}`} className="font-semibold">
                {p.name ?? t("noName")}
              </Link>
            </Td>
            <Td>{p.email}</Td>
            <Td>{p.municipality?.name ?? "—"}</Td>
            <Td>
              <span className="flex flex-wrap gap-1">
                <Badge tone={p.role === "SECRETARIAT" ? "blue" : "grey"}>{tLabel(`role.${p.role}`)}</Badge>
                {p.isMentor ? <Badge tone="green">{t("mentor")}</Badge> : null}
                {p.wantsToMentor && !p.isMentor ? <Badge tone="amber">{t("wantsToMentor")}</Badge> : null}
              </span>
            </Td>
            <Td>
              {p.deactivatedAt ? (
                <Badge tone="red">{t("state.inactive")}</Badge>
              ) : p.approvalStatus === "PENDING" ? (
                <Badge tone="amber">{t("state.pending")}</Badge>
              ) : p.approvalStatus === "REJECTED" ? (
                <Badge tone="red">{t("state.rejected")}</Badge>
              ) : (
                <Badge tone="green">{t("state.active")}</Badge>
              )}
            </Td>
          </tr>
        ))}
      </DataTable>
      <Pagination
        label={t("pagesLabel")}
        page={page}
        pages={pages}
        path="/secretaria/persones"
        query={{ ...filters, esborrada: undefined }}
      />
    </div>
  );
}

/** The filters of the people list: a search, then role, municipality, mentor and status. */
function peopleFilters(filters: PeopleFilters, t: Translator, tLabel: Translator): FilterField[] {
  return [
    { type: "search", name: "q", label: t("filter.q"), value: filters.q },
    {
      type: "select",
      name: "role",
      label: t("filter.role"),
      value: filters.role,
      options: [
        { value: "TECHNICIAN", label: tLabel("role.TECHNICIAN") },
        { value: "SECRETARIAT", label: tLabel("role.SECRETARIAT") },
      ],
    },
    { type: "search", name: "municipi", label: t("filter.municipality"), value: filters.municipi },
    {
      type: "select",
      name: "mentor",
      label: t("filter.mentor"),
      value: filters.mentor,
      options: [
        { value: "yes", label: tLabel("yes") },
        { value: "no", label: tLabel("no") },
        { value: "wants", label: t("filter.mentorWants") },
      ],
    },
    {
      type: "select",
      name: "status",
      label: t("filter.status"),
      value: filters.status,
      options: [
        { value: "active", label: t("filter.active") },
        { value: "inactive", label: t("filter.inactive") },
        { value: "pending", label: t("filter.pending") },
        { value: "email", label: t("filter.email") },
      ],
    },
  ];
}
