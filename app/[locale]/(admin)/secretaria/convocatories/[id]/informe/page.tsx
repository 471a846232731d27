import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DataTable, Dl, Td } from "@/components/admin";
import { BarChart } from "@/components/BarChart";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { PrintButton } from "@/components/PrintButton";
import { requirePermission } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { formatDateTime, formatDay } from "@/lib/dates";
import { PHASE_LABELS } from "@/lib/editions/phases";
import { getEditionReport } from "@/lib/reports/edition-report";
import { formatNumber } from "@/lib/i18n/format-number";

export const metadata: Metadata = { title: "Informe de la convocatòria" };

export default async function EditionReportPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const r = await getEditionReport(viewer, id).catch((error) => {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  });
  const f = r.figures;
  const e = r.evaluations;
  return (
    <article className="space-y-6">
      <PageHeader
        title={`Informe: ${r.edition.name}`}
        lead={`Fase: ${PHASE_LABELS[r.edition.phase]} · inscripcions del ${formatDay(r.edition.applicationsOpenOn)} al ${formatDay(r.edition.applicationsCloseOn)} · generat el ${formatDateTime(new Date())}`}
        actions={<PrintButton label={(await getTranslations("common"))("printReport")} />}
      />
      <Card title="Resum">
        <Dl
          items={[
            ["Sol·licituds enviades", f.applications.submitted],
            ["Persones mentores disponibles", `${f.offers.mentors} (${f.offers.capacity} places)`],
            [
              "Propostes",
              `${f.proposals.accepted} acceptades, ${f.proposals.declined} declinades, ${f.proposals.expired} caducades, ${f.proposals.pending} pendents`,
            ],
            [
              "Acompanyaments",
              `${r.funnel[2].value}: ${f.mentorships.ACTIVE} en curs, ${f.mentorships.CLOSING} en tancament, ${f.mentorships.COMPLETED} completats, ${f.mentorships.CANCELLED} finalitzats abans d'hora`,
            ],
            [
              "Requisit de trobades complert",
              `${f.meetings.compliantMentorships} de ${f.meetings.mentorships} acompanyaments (${f.meetings.logged} trobades registrades)`,
            ],
            ["Fitxes publicades", f.fitxes.published],
          ]}
        />
      </Card>
      <Card title="Embut">
        <BarChart id="report-funnel" title="De la sol·licitud a l'acompanyament completat" data={r.funnel} />
      </Card>
      <Card title="Valoracions">
        {e.count ? (
          <div className="space-y-4">
            <p>
              {e.count} valoracions ({e.mentees} de persones sol·licitants i {e.mentors} de persones mentores).
              Recomanarien el programa: {e.recommend}%.
            </p>
            <DataTable
              caption="Mitjanes de les valoracions (d'1 a 5)"
              headers={["Pregunta", "Totes", "Persones sol·licitants", "Persones mentores"]}
            >
              {e.averages.map((a) => (
                <tr key={a.key}>
                  <Td>{a.label}</Td>
                  <Td>{a.all == null ? "—" : formatNumber(a.all)}</Td>
                  <Td>{a.mentees == null ? "—" : formatNumber(a.mentees)}</Td>
                  <Td>{a.mentors == null ? "—" : formatNumber(a.mentors)}</Td>
                </tr>
              ))}
            </DataTable>
            <section>
              <h3 className="font-semibold">Comentaris</h3>
              <ul className="mt-2 space-y-2">
                {e.comments.map((c) => (
                  <li key={c.id} className="rounded border border-line p-3">
                    <p className="text-sm text-muted">
                      {c.role === "MENTOR" ? "Persona mentora" : "Persona sol·licitant"}
                    </p>
                    <p className="whitespace-pre-line">{c.text}</p>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        ) : (
          <p>Encara no hi ha cap valoració.</p>
        )}
      </Card>
    </article>
  );
}
