import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

type Query = Record<string, string | string[] | undefined>;

/** A list's address with some parameters changed (undefined removes one), keeping the others. */
export function listHref(path: string, query: Query, changes: Record<string, string | undefined>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...changes })) {
    if (value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

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
  query: Query;
  param?: string;
}) {
  const t = useTranslations("common");
  if (pages <= 1) return null;
  const href = (target: number) => listHref(path, query, { [param]: target > 1 ? String(target) : undefined });
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

/** "1.234 fitxes · pàgina 2 de 52" above a paged list, announced when it changes (`one`, `many`: the nouns, translated). */
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
  const t = useTranslations("common");
  const locale = useLocale();
  return (
    <p aria-live="polite">
      {total === 1 ? `1 ${one}` : `${total.toLocaleString(locale)} ${many}`}
      {pages > 1 ? t("countPage", { page, pages }) : ""}
    </p>
  );
}
