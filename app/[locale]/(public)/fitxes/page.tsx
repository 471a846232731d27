import { setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import type { FitxaFilters } from "@/lib/mentorships/public-fitxes";
import { Catalogue } from "./Catalogue";
import { cleanQuery } from "@/lib/query-params";

export const generateMetadata = titleFromMessages("fitxes");

// The catalogue, rendered on request; its filter options come from Next's data cache.
export default async function PublicFitxesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<FitxaFilters & { pagina?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Catalogue query={cleanQuery(await searchParams)} />;
}
