import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { ImportForm } from "./ImportForm";

export const metadata: Metadata = { title: "Importa municipis" };

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "people:manage", `/${locale}/secretaria/municipis/importa`);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Importa municipis des d'un CSV"
        lead="Primer veureu què farà la importació fila per fila; només s'importen les files sense errors. Els municipis que ja existeixen (pel nom) s'actualitzen."
      />
      <ImportForm />
    </div>
  );
}
