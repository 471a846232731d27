import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink, DataTable, Td } from "@/components/admin";
import { BarChart } from "@/components/BarChart";
import { Card } from "@/components/Card";
import { EditionTimeline } from "@/components/EditionTimeline";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { dashboardEditionId } from "@/lib/editions/queries";
import { PHASE_LABELS } from "@/lib/editions/phases";
import { editionTimeline } from "@/lib/editions/timeline";
import { Link } from "@/lib/i18n/navigation";
import { getDashboard } from "@/lib/reports/dashboard";
import { cleanQuery } from "@/lib/query-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ convocatoria?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "secretariatHome" });
  return { title: t("title") };
}

function Figure({ label, value, href }: { label: string; value: number | string; href?: string }) {
  return (
    <div className="rounded border border-line p-3">
      <dt className="text-sm text-muted">{href ? <Link href={href}>{label}</Link> : label}</dt>
      <dd className="text-2xl font-bold" data-figure={label}>
        {value}
      </dd>
    </div>
  );
}

export default async function SecretariatDashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage", `/${locale}/secretaria`);
  const t = await getTranslations("secretariatHome");
  const chosen = cleanQuery(await searchParams).convocatoria;
  const editionId = await dashboardEditionId(viewer, chosen);
  if (!editionId) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} lead={t("noEdition")} />
        <ButtonLink href="/secretaria/convocatories/nova">Nova convocatòria</ButtonLink>
      </div>
    );
  }
  const d = await getDashboard(viewer, editionId);
  const f = d.figures;
  const base = `/secretaria/convocatories/${d.edition.id}`;
  const attention = d.attention.filter((a) => a.count > 0);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        lead={
          <>
            <Link href={base}>{d.edition.name}</Link> — fase: {PHASE_LABELS[d.edition.phase]}
          </>
        }
        actions={
          <ButtonLink href={`${base}/informe`} variant="secondary">
            Informe de la convocatòria
          </ButtonLink>
        }
      />
      <EditionTimeline steps={editionTimeline(d.edition)} />

      <Card title="Cal la vostra atenció">
        {attention.length ? (
          <ul className="space-y-1">
            {attention.map((item) => (
              <li key={item.label}>
                <Link href={item.href}>
                  {item.label}: <strong>{item.count}</strong>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>No hi ha res pendent.</p>
        )}
      </Card>

      <Card title="Xifres">
        <div className="space-y-4">
          <section aria-labelledby="fig-applications">
            <h3 id="fig-applications" className="mb-2 font-semibold">
              Inscripcions
            </h3>
            <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
              <Figure
                label="Sol·licituds enviades"
                value={f.applications.submitted}
                href={`${base}/sollicituds?status=SUBMITTED`}
              />
              <Figure label="Esborranys" value={f.applications.drafts} href={`${base}/sollicituds?status=DRAFT`} />
              <Figure label="Retirades" value={f.applications.withdrawn} />
              <Figure
                label="Persones mentores disponibles"
                value={f.offers.mentors}
                href={`${base}/disponibilitats?status=ACTIVE`}
              />
              <Figure label="Places de mentoria" value={f.offers.capacity} />
            </dl>
          </section>
          <section aria-labelledby="fig-matching">
            <h3 id="fig-matching" className="mb-2 font-semibold">
              Matching
            </h3>
            <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
              <Figure label="Propostes pendents" value={f.proposals.pending} href={`${base}/matching`} />
              <Figure label="Propostes acceptades" value={f.proposals.accepted} />
              <Figure label="Propostes declinades" value={f.proposals.declined} />
              <Figure label="Propostes caducades" value={f.proposals.expired} />
            </dl>
          </section>
          <section aria-labelledby="fig-mentorships">
            <h3 id="fig-mentorships" className="mb-2 font-semibold">
              Acompanyaments
            </h3>
            <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
              <Figure
                label="Pactant l'acord"
                value={f.mentorships.AGREEING}
                href="/secretaria/acompanyaments?status=AGREEING"
              />
              <Figure label="En curs" value={f.mentorships.ACTIVE} href="/secretaria/acompanyaments?status=ACTIVE" />
              <Figure
                label="En tancament"
                value={f.mentorships.CLOSING}
                href="/secretaria/acompanyaments?status=CLOSING"
              />
              <Figure
                label="Completats"
                value={f.mentorships.COMPLETED}
                href="/secretaria/acompanyaments?status=COMPLETED"
              />
              <Figure
                label="Finalitzats abans d'hora"
                value={f.mentorships.CANCELLED}
                href="/secretaria/acompanyaments?status=CANCELLED"
              />
              <Figure label="Trobades registrades" value={f.meetings.logged} />
              <Figure
                label="Amb el requisit de trobades complert"
                value={`${f.meetings.compliantMentorships} de ${f.meetings.mentorships}`}
              />
              <Figure label="Valoracions" value={f.evaluations} href={`${base}/informe`} />
              <Figure
                label="Fitxes per revisar"
                value={f.fitxes.submitted}
                href="/secretaria/fitxes?status=SUBMITTED"
              />
              <Figure label="Fitxes publicades" value={f.fitxes.published} href="/fitxes" />
            </dl>
          </section>
        </div>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Sol·licituds per àmbit">
          <BarChart id="chart-topics" title="Necessitats de les sol·licituds enviades, per àmbit" data={d.byTopic} />
        </Card>
        <Card title="Sol·licituds per comarca">
          <BarChart id="chart-comarques" title="Sol·licituds enviades per comarca" data={d.byComarca} />
        </Card>
        <Card title="Embut de la convocatòria">
          <BarChart id="chart-funnel" title="De la sol·licitud a l'acompanyament completat" data={d.funnel} />
        </Card>
        <Card title="Comparació amb altres convocatòries">
          <BarChart
            id="chart-history"
            title="Sol·licituds enviades per convocatòria"
            data={d.history.map((h) => ({ label: h.name, value: h.applications }))}
          />
          <div className="mt-4">
            <DataTable
              caption="Comparació de convocatòries"
              headers={["Convocatòria", "Sol·licituds", "Acompanyaments", "Completats", "Fitxes publicades"]}
            >
              {d.history.map((h) => (
                <tr key={h.id}>
                  <Td>
                    <Link href={`/secretaria?convocatoria=${h.id}`}>{h.name}</Link>
                  </Td>
                  <Td>{h.applications}</Td>
                  <Td>{h.mentorships}</Td>
                  <Td>{h.completed}</Td>
                  <Td>{h.fitxes}</Td>
                </tr>
              ))}
            </DataTable>
          </div>
        </Card>
      </div>
    </div>
  );
}
