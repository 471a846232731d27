import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { MunicipalityForm } from "../MunicipalityForm";

export const metadata: Metadata = { title: "Afegeix un municipi" };

export default async function NewMunicipalityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "people:manage", `/${locale}/secretaria/municipis/nou`);
  return (
    <div className="max-w-2xl">
      <PageHeader title="Afegeix un municipi" />
      <MunicipalityForm locale={locale} defaults={{ name: "", comarca: "", population: "", emailDomains: "" }} />
    </div>
  );
}
