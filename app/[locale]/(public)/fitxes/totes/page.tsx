import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Catalogue, CATALOGUE_TITLE } from "../Catalogue";

export const metadata: Metadata = { title: CATALOGUE_TITLE };

// The catalogue's first page without filters, the same for everyone: rendered once and kept
// for five minutes, and again at once when the secretariat publishes a fitxa (revalidatePath in
// its action). proxy.ts serves /ca/fitxes from here when the address has no query string.
export const revalidate = 300;

// Rendered on the first request, not at build time (the build has no database).
export function generateStaticParams() {
  return [];
}

export default async function AllFitxesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <Catalogue query={{}} />;
}
