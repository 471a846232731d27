import { useTranslations } from "next-intl";
import { Children, type ReactNode } from "react";
import { listHref } from "@/components/Pagination";
import { Link } from "@/lib/i18n/navigation";
import type { Sort } from "@/lib/sorting";
import type { Translator } from "@/lib/i18n/translator";

// Building blocks of the secretariat's pages: tables, filters, badges, action links.

/** A column of a DataTable: its heading, and the key of `?ordre=` when the list sorts by it. */
export type Column = string | { label: string; sort: string };

/** The list's order and its address, for headings that sort (lib/sorting.ts). */
export type TableSort = { current: Sort; path: string; query: Record<string, string | undefined> };

export function DataTable({
  caption,
  headers,
  children,
  empty,
  sort,
}: {
  caption: string;
  headers: Column[];
  children: ReactNode;
  empty?: string;
  sort?: TableSort;
}) {
  const hasRows = Children.count(children) > 0;
  return (
    // A wide table scrolls inside its card, never past the page's edge (relative: what is only
    // for screen readers stays inside too).
    <div className="relative max-w-full overflow-x-auto rounded-lg border border-line bg-white">
      <table className="data-table w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50">
          <tr>
            {headers.map((h) => (
              <HeaderCell key={typeof h === "string" ? h : h.label} column={h} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {hasRows ? (
            children
          ) : (
            <tr>
              <td colSpan={headers.length} className="px-3 py-6 text-center text-muted">
                {empty ?? <NoResults />}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

// DataTable also serves client components (with their own `empty` text and no sorting): the
// parts that translate are components of their own, rendered only where they are needed.
function NoResults() {
  return useTranslations("common")("noResults");
}

const headerClass = "px-3 py-2 font-semibold whitespace-nowrap";

/** A heading; a sortable one links to the list sorted by it (the other way round when it already is). */
function HeaderCell({ column, sort }: { column: Column; sort?: TableSort }) {
  if (typeof column === "string" || !sort)
    return (
      <th scope="col" className={headerClass}>
        {typeof column === "string" ? column : column.label}
      </th>
    );
  return <SortableHeaderCell column={column} sort={sort} />;
}

function SortableHeaderCell({ column, sort }: { column: { label: string; sort: string }; sort: TableSort }) {
  const t = useTranslations("common");
  const className = headerClass;
  const active = sort.current.key === column.sort ? sort.current.direction : null;
  const next = active === "asc" ? "desc" : "asc";
  // A new order starts again at the first page; the filters stay.
  const href = listHref(sort.path, sort.query, {
    ordre: next === "desc" ? `-${column.sort}` : column.sort,
    pagina: undefined,
  });
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active === "asc" ? "ascending" : active === "desc" ? "descending" : undefined}
    >
      <Link href={href} className="text-ink">
        {column.label}
        <span aria-hidden="true" className={active ? "" : "text-muted"}>
          {active === "asc" ? " ▲" : active === "desc" ? " ▼" : " ↕"}
        </span>
        <span className="sr-only">{t(next === "asc" ? "sortAscending" : "sortDescending")}</span>
      </Link>
    </th>
  );
}

/** A cell of a DataTable (its padding and alignment come from `.data-table td`, app/globals.css). */
export function Td({ children, className }: { children?: ReactNode; className?: string }) {
  return <td className={className}>{children}</td>;
}

const badgeTones = {
  green: "bg-green-100 text-green-900",
  grey: "bg-gray-100 text-gray-800",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
  blue: "bg-blue-100 text-blue-900",
};

export function Badge({ tone = "grey", children }: { tone?: keyof typeof badgeTones; children: ReactNode }) {
  return <span className={`badge ${badgeTones[tone]}`}>{children}</span>;
}

export function ButtonLink({
  href,
  children,
  variant = "primary",
}: {
  href: string;
  children: ReactNode;
  variant?: "primary" | "secondary";
}) {
  const style =
    variant === "primary"
      ? "bg-brand-700 text-white hover:bg-brand-800 hover:text-white"
      : "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50";
  return (
    <Link href={href} className={`inline-block rounded px-4 py-2 font-semibold no-underline ${style}`}>
      {children}
    </Link>
  );
}

export type FilterField =
  | { type: "hidden"; name: string; value: string }
  | { type: "search"; name: string; label: string; value?: string }
  | { type: "select"; name: string; label: string; value?: string; options: { value: string; label: string }[] };

/** A filter choosing one of an enum's values, shown by their labels. */
/** A select of an enum's values, worded by `labels` (e.g. the "labels.applicationStatus" messages, `t.raw`). */
export function labelsFilter(name: string, label: string, labels: Record<string, string>, value?: string): FilterField {
  return {
    type: "select",
    name,
    label,
    value,
    options: Object.entries(labels).map(([v, l]) => ({ value: v, label: l })),
  };
}

type Option = { value: string; label: string };

/** The topic, municipality (a name typed in) and comarca filters of an edition's lists (applications, offers). */
export function topicAndPlaceFilters(
  values: { topicId?: string; municipi?: string; comarca?: string },
  options: { topics: Option[]; comarques: Option[] },
  t: Translator,
): FilterField[] {
  return [
    { type: "select", name: "topicId", label: t("filterTopic"), value: values.topicId, options: options.topics },
    { type: "search", name: "municipi", label: t("filterMunicipality"), value: values.municipi },
    { type: "select", name: "comarca", label: t("filterComarca"), value: values.comarca, options: options.comarques },
  ];
}

const FILTER_BAR = "flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4";

/**
 * A GET form: filters live in the address, so a filtered list can be bookmarked and shared, and
 * the form works before the page's JavaScript.
 */
export function FilterBar({
  fields,
  resetHref,
  order,
}: {
  fields: FilterField[];
  resetHref: string;
  /** The list's order (`ordre`), kept when the filters change. */
  order?: string;
}) {
  const t = useTranslations("common");
  return (
    <form method="get" role="search" className={FILTER_BAR}>
      {order ? <input type="hidden" name="ordre" value={order} /> : null}
      {fields.map((field) =>
        field.type === "hidden" ? (
          <input key={field.name} type="hidden" name={field.name} value={field.value} />
        ) : (
          <label key={field.name} className="max-w-full text-sm">
            <span className="block font-medium">{field.label}</span>
            {field.type === "search" ? (
              <input
                type="search"
                name={field.name}
                defaultValue={field.value ?? ""}
                className="mt-1 rounded border border-gray-400 px-2 py-1.5"
              />
            ) : (
              <select
                name={field.name}
                defaultValue={field.value ?? ""}
                className="mt-1 max-w-full rounded border border-gray-400 bg-white px-2 py-1.5"
              >
                <option value="">{t("all")}</option>
                {field.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </label>
        ),
      )}
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white">
        {t("filter")}
      </button>
      <Link href={resetHref} className="py-1.5 text-sm">
        {t("resetFilters")}
      </Link>
    </form>
  );
}

export function Dl({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold text-muted">{label}</dt>
          <dd className="whitespace-pre-line">{value ?? "—"}</dd>
        </div>
      ))}
    </dl>
  );
}
