import { Link } from "@/lib/i18n/navigation";

/**
 * Previous / next links for a long list, keeping the other parameters of the address (the
 * filters). `param` names the page parameter, so a page can hold more than one paged list.
 */
export function Pagination({
  label,
  page,
  pages,
  path,
  query,
  param = "pagina",
}: {
  label: string;
  page: number;
  pages: number;
  path: string;
  query: Record<string, string | string[] | undefined>;
  param?: string;
}) {
  if (pages <= 1) return null;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (key === param || value === undefined || value === "") continue;
      for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
    }
    if (target > 1) search.set(param, String(target));
    const qs = search.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          « Anterior
        </Link>
      ) : null}
      <span aria-current="page">
        Pàgina {page} de {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Següent »
        </Link>
      ) : null}
    </nav>
  );
}

/** "1.234 fitxes · pàgina 2 de 52" above a paged list, announced when it changes. */
export function PageCount({
  total,
  page,
  pages,
  one,
  many,
}: {
  total: number;
  page: number;
  pages: number;
  one: string;
  many: string;
}) {
  return (
    <p aria-live="polite">
      {total === 1 ? `1 ${one}` : `${total.toLocaleString("ca")} ${many}`}
      {pages > 1 ? ` · pàgina ${page} de ${pages}` : ""}
    </p>
  );
}
