import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { Badge, ButtonLink, DataTable, Td } from "@/components/admin";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDay, type AppLocale } from "@/lib/dates";
import { listEditions } from "@/lib/editions/queries";
import { Link } from "@/lib/i18n/navigation";

export const generateMetadata = titleFromMessages("adminEditions");

export default async function EditionsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage", `/${locale}/secretaria/convocatories`);
  const [editions, t, tPhase] = await Promise.all([
    listEditions(viewer),
    getTranslations("adminEditions"),
    getTranslations("editionPhases"),
  ]);
  const day = (d: Date) => formatDay(d, locale as AppLocale);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={<ButtonLink href="/secretaria/convocatories/nova">{t("new")}</ButtonLink>}
      />
      <DataTable
        caption={t("title")}
        headers={[t("col.edition"), t("col.phase"), t("col.applications"), t("col.submitted"), t("col.offers")]}
        empty={t("empty")}
      >
        {editions.map((e) => (
          <tr key={e.id}>
            <Td>
              <Link href={`/secretaria/convocatories/${e.id}`} className="font-semibold">
                {e.name}
              </Link>{" "}
              {e.isCurrent ? <Badge tone="green">{t("current")}</Badge> : null}
            </Td>
            <Td>{tPhase(e.phase)}</Td>
            <Td>
              {day(e.applicationsOpenOn)} – {day(e.applicationsCloseOn)}
            </Td>
            <Td>{e._count.applications}</Td>
            <Td>{e._count.offers}</Td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
