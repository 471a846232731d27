import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { homePath } from "@/lib/auth/permissions";
import { formatDay, type AppLocale } from "@/lib/dates";
import { getCurrentEdition } from "@/lib/editions/current-edition";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "nav" });
  return { title: t("home") };
}

export default async function TechnicianHomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/inici`);
  if (viewer.role !== "TECHNICIAN") redirect(homePath(viewer, locale));
  const [t, tPhase, edition] = await Promise.all([
    getTranslations("technicianHome"),
    getTranslations("phases"),
    getCurrentEdition(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { name: viewer.name ?? viewer.email })} lead={t("lead")} />
      <Card title={t("editionTitle")}>
        {edition && edition.phase !== "DRAFT" ? (
          <div className="space-y-2">
            <p className="font-semibold">{edition.name}</p>
            <p>{t("phase", { phase: tPhase(edition.phase) })}</p>
            <p>
              {t("applicationsPeriod", {
                from: formatDay(edition.applicationsOpenOn, locale as AppLocale),
                to: formatDay(edition.applicationsCloseOn, locale as AppLocale),
              })}
            </p>
          </div>
        ) : (
          <p>{t("noEdition")}</p>
        )}
      </Card>
      {viewer.isMentor ? <p>{t("mentorNote")}</p> : null}
      <p className="text-muted">{t("comingNext")}</p>
    </div>
  );
}
