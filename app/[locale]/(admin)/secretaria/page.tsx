import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink } from "@/components/admin";
import { EditionTimeline } from "@/components/EditionTimeline";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { dashboardEditionId } from "@/lib/editions/queries";
import { editionTimeline } from "@/lib/editions/timeline";
import { Link } from "@/lib/i18n/navigation";
import { getDashboard } from "@/lib/reports/dashboard";
import { cachedClosedEditionFigures } from "@/lib/reports/dashboard-cached";
import { AttentionCard } from "./_dashboard/AttentionCard";
import { ChartsSection } from "./_dashboard/ChartsSection";
import { FiguresCard } from "./_dashboard/FiguresCard";
import { cleanQuery } from "@/lib/query-params";
import { titleFromMessages } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ convocatoria?: string }> };

export const generateMetadata = titleFromMessages("secretariatHome");

export default async function SecretariatDashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage", `/${locale}/secretaria`);
  const [tHome, t, tPhase] = await Promise.all([
    getTranslations("secretariatHome"),
    getTranslations("dashboard"),
    getTranslations("editionPhases"),
  ]);
  const chosen = cleanQuery(await searchParams).convocatoria;
  const editionId = await dashboardEditionId(viewer, chosen);
  if (!editionId) {
    return (
      <div className="space-y-6">
        <PageHeader title={tHome("title")} lead={tHome("noEdition")} />
        <ButtonLink href="/secretaria/convocatories/nova">{t("newEdition")}</ButtonLink>
      </div>
    );
  }
  const d = await getDashboard(viewer, editionId, new Date(), cachedClosedEditionFigures);
  const base = `/secretaria/convocatories/${d.edition.id}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={tHome("title")}
        lead={
          <>
            <Link href={base}>{d.edition.name}</Link> — {t("phase", { phase: tPhase(d.edition.phase) })}
          </>
        }
        actions={
          <ButtonLink href={`${base}/informe`} variant="secondary">
            {t("report")}
          </ButtonLink>
        }
      />
      <EditionTimeline steps={editionTimeline(d.edition)} />

      <AttentionCard items={d.attention} />
      <FiguresCard figures={d.figures} base={base} />
      <ChartsSection d={d} />
    </div>
  );
}
