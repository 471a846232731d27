import { setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guards";
import type { Permission } from "@/lib/auth/permissions";
import { cleanQuery, type ListPageProps } from "@/lib/query-params";

/** The start of a secretariat list: the language, the permission, and the address's filters, cleaned. */
export async function listPage<Q>({ params, searchParams }: ListPageProps<Q>, permission: Permission) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, permission);
  const filters = cleanQuery((await searchParams) as Record<string, string | undefined>) as Partial<
    Record<keyof Q, string>
  >;
  return { locale, viewer, filters };
}
