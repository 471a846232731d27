import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { NeedsCard } from "@/components/NeedsCard";
import { PageHeader } from "@/components/PageHeader";
import { getApplicationForSecretariat } from "@/lib/applications/queries";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime, type AppLocale } from "@/lib/dates";
import { formatNumber } from "@/lib/i18n/format-number";
import { Link } from "@/lib/i18n/navigation";

export const generateMetadata = titleFromMessages("adminApplications", "one.title");

export default async function ApplicationDetailPage({
  params,
}: {
  params: Promise<{ locale: string; id: string; applicationId: string }>;
}) {
  const { locale, id, applicationId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const [a, t, tLabel] = await Promise.all([
    getApplicationForSecretariat(viewer, applicationId),
    getTranslations("adminApplications.one"),
    getTranslations("labels"),
  ]);
  const when = (date: Date) => formatDateTime(date, locale as AppLocale);
  if (!a || a.editionId !== id) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("heading", { name: a.applicant.name ?? a.applicant.email })}
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}/sollicituds`}>{a.edition.name}</Link> ·{" "}
            {tLabel(`applicationStatus.${a.status}`)}
            {a.submittedAt ? t("submittedOn", { date: when(a.submittedAt) }) : ""}
          </>
        }
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("person")}>
          <Dl
            items={[
              [
                t("name"),
                <Link key="p" href={`/secretaria/persones/${a.applicant.id}`}>
                  {a.applicant.name}
                </Link>,
              ],
              [t("email"), a.applicant.email],
              [t("phone"), a.applicant.phone],
              [t("position"), a.applicant.position],
              [t("municipality"), `${a.municipality.name} (${a.municipality.comarca})`],
            ]}
          />
        </Card>
        <Card title={t("start")}>
          <Dl
            items={[
              [t("inhabitants"), a.municipalitySize == null ? null : formatNumber(a.municipalitySize, locale)],
              [t("stage"), a.policyStage ? tLabel(`policyStage.${a.policyStage}`) : null],
              [t("currentPolicy"), a.currentPolicy],
              [
                t("plan"),
                a.hasPlan === null ? null : a.hasPlan ? t("planYes", { details: a.planDetails ?? "" }) : t("planNo"),
              ],
              [t("budget"), a.budget],
              [t("team"), a.team],
            ]}
          />
        </Card>
      </div>
      <NeedsCard
        title={t("needs")}
        needs={a.needs}
        heading={(n) =>
          t("priority", { topic: n.topic.name, priority: tLabel(`priority.${n.priority}`).toLowerCase() })
        }
      />
      <Card title={t("goalsCard")}>
        <Dl
          items={[
            [t("goals"), a.goals],
            [t("availability"), a.availability],
            [t("format"), a.preferredFormat ? tLabel(`format.${a.preferredFormat}`) : null],
            [
              t("preferredMentors"),
              a.preferredMentors.map((m) => `${m.mentor.name} (${m.mentor.municipality?.name ?? ""})`).join(", ") ||
                null,
            ],
            [t("commitments"), a.commitmentsAcceptedAt ? when(a.commitmentsAcceptedAt) : null],
          ]}
        />
      </Card>
    </div>
  );
}
