import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink } from "@/components/admin";
import { Card } from "@/components/Card";
import { EditionTimeline } from "@/components/EditionTimeline";
import { Forbidden } from "@/components/Forbidden";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { getSecretariatOverview } from "@/lib/editions/secretariat-overview";
import { editionTimeline } from "@/lib/editions/timeline";
import { Link } from "@/lib/i18n/navigation";

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
  const [t, tPhase, o] = await Promise.all([getTranslations("secretariatHome"), getTranslations("phases"), getSecretariatOverview()]);
  const attention = [
    o.pendingRegistrations ? { text: `${o.pendingRegistrations} registres pendents de validació`, href: "/secretaria/persones?status=pending" } : null,
    o.wantsToMentor ? { text: `${o.wantsToMentor} persones volen ser mentores`, href: "/secretaria/persones?mentor=wants" } : null,
    o.emailsFailed ? { text: `${o.emailsFailed} correus no s'han pogut enviar`, href: null } : null,
  ].filter((x): x is { text: string; href: string | null } => x !== null);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card title={t("currentEdition")}>
        {o.edition ? (
          <div className="space-y-4">
            <p>
              <Link href={`/secretaria/convocatories/${o.edition.id}`} className="font-semibold">
                {o.edition.name}
              </Link>{" "}
              — {t("phase", { phase: tPhase(o.edition.phase) })}
            </p>
            <EditionTimeline steps={editionTimeline(o.edition)} />
            <div className="flex flex-wrap gap-3">
              <ButtonLink href={`/secretaria/convocatories/${o.edition.id}/sollicituds`} variant="secondary">
                Sol·licituds ({o.applications} enviades, {o.drafts} esborranys)
              </ButtonLink>
              <ButtonLink href={`/secretaria/convocatories/${o.edition.id}/disponibilitats`} variant="secondary">
                Disponibilitats ({o.offers}, capacitat {o.capacity})
              </ButtonLink>
              {o.edition.phase === "MATCHING" ? <ButtonLink href={`/secretaria/convocatories/${o.edition.id}/matching`}>Tauler de matching</ButtonLink> : null}
            </div>
          </div>
        ) : (
          <div className="space-y-3">
            <p>{t("noEdition")}</p>
            <ButtonLink href="/secretaria/convocatories/nova">Nova convocatòria</ButtonLink>
          </div>
        )}
      </Card>
      {attention.length ? (
        <Card title="Cal la vostra atenció">
          <ul className="list-disc space-y-1 pl-6">
            {attention.map((item) => (
              <li key={item.text}>{item.href ? <Link href={item.href}>{item.text}</Link> : item.text}</li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={t("figures")}>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-5">
          {[
            [t("people"), o.people],
            [t("mentors"), o.mentors],
            [t("municipalities"), o.municipalities],
            [t("emailsPending"), o.emailsPending],
            [t("emailsFailed"), o.emailsFailed],
          ].map(([label, value]) => (
            <div key={label} className="rounded border border-line p-3">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
