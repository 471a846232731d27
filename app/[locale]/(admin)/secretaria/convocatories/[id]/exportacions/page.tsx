import { getTranslations } from "next-intl/server";
import { DataTable, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { Link } from "@/lib/i18n/navigation";
import { DATASETS } from "@/lib/reports/exports";
import { editionPage } from "../_edition";
import { titleFromMessages } from "@/lib/i18n/metadata";

const FORMATS = ["csv", "xlsx"] as const;

export const generateMetadata = titleFromMessages("exports.page");

export default async function ExportsPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id, edition } = await editionPage(params);
  const [t, tDataset] = await Promise.all([getTranslations("exports.page"), getTranslations("exports.datasets")]);
  const base = `/${locale}/secretaria/convocatories/${id}/exportacions`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={t("title")}
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}`}>{edition.name}</Link>. {t("lead")}
          </>
        }
      />
      <DataTable caption={t("caption")} headers={[t("data"), ...FORMATS.map((format) => t(`format.${format}`))]}>
        {Object.keys(DATASETS).map((name) => (
          <tr key={name}>
            <Td className="font-semibold">{tDataset(name)}</Td>
            {FORMATS.map((format) => (
              <Td key={format}>
                <a
                  href={`${base}/${name}?format=${format}`}
                  download
                  aria-label={t(`as.${format}`, { dataset: tDataset(name) })}
                >
                  {t(`format.${format}`)}
                </a>
              </Td>
            ))}
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
