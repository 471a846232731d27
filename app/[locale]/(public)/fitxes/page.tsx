import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import type { FitxaFilters } from "@/lib/mentorships/public-fitxes";
import { Catalogue, CATALOGUE_TITLE } from "./Catalogue";

export const metadata: Metadata = { title: CATALOGUE_TITLE };

// A filtered or later page of the catalogue, rendered on request. The first page without
// filters, which most visitors open, is served cached from ./totes (proxy.ts sends it there).
export default async function PublicFitxesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<FitxaFilters & { pagina?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Catalogue query={await searchParams} />;
}
