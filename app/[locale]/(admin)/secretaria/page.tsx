import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Card } from "@/components/Card";
import { Forbidden } from "@/components/Forbidden";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { getSecretariatOverview } from "@/lib/editions/secretariat-overview";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "secretariatHome" });
  return { title: t("title") };
}

export default async function SecretariatHomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!(await requirePermission(locale, "programme:manage", `/${locale}/secretaria`))) return <Forbidden />;
  const [t, tPhase, overview] = await Promise.all([
    getTranslations("secretariatHome"),
    getTranslations("phases"),
    getSecretariatOverview(),
  ]);
  const figures = [
    { label: t("people"), value: overview.people },
    { label: t("mentors"), value: overview.mentors },
    { label: t("municipalities"), value: overview.municipalities },
    { label: t("emailsPending"), value: overview.emailsPending },
    { label: t("emailsFailed"), value: overview.emailsFailed },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card title={t("currentEdition")}>
        {overview.edition ? (
          <p>
            <span className="font-semibold">{overview.edition.name}</span> — {t("phase", { phase: tPhase(overview.edition.phase) })}
          </p>
        ) : (
          <p>{t("noEdition")}</p>
        )}
      </Card>
      <Card title={t("figures")}>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
          {figures.map((figure) => (
            <div key={figure.label} className="rounded border border-line p-3">
              <dt className="text-sm text-muted">{figure.label}</dt>
              <dd className="text-2xl font-bold">{figure.value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <p className="text-muted">{t("comingNext")}</p>
    </div>
  );
}
