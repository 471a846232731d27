import type { Metadata } from "next";
import { DataTable, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { Link } from "@/lib/i18n/navigation";
import { DATASETS } from "@/lib/reports/exports";
import { editionPage } from "../_edition";

export const metadata: Metadata = { title: "Exportacions" };

export default async function ExportsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id, edition } = await editionPage(params);
  const base = `/${locale}/secretaria/convocatories/${id}/exportacions`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Exportacions"
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}`}>{edition.name}</Link>. CSV en UTF-8 (s&apos;obre bé a Excel i
            LibreOffice) o XLSX. Contenen dades personals: tracteu-les segons l&apos;avís de privacitat.
          </>
        }
      />
      <DataTable caption="Exportacions disponibles" headers={["Dades", "CSV", "XLSX"]}>
        {Object.entries(DATASETS).map(([name, dataset]) => (
          <tr key={name}>
            <Td className="font-semibold">{dataset.title}</Td>
            <Td>
              <a href={`${base}/${name}?format=csv`} download aria-label={`${dataset.title} en CSV`}>
                CSV
              </a>
            </Td>
            <Td>
              <a href={`${base}/${name}?format=xlsx`} download aria-label={`${dataset.title} en XLSX`}>
                XLSX
              </a>
            </Td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
