import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DataTable, Dl, Td } from "@/components/admin";
import { BarChart } from "@/components/BarChart";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { PrintButton } from "@/components/PrintButton";
import { requirePermission } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { formatDateTime, formatDay, type AppLocale } from "@/lib/dates";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { getEditionReport } from "@/lib/reports/edition-report";
import { formatNumber } from "@/lib/i18n/format-number";

export const generateMetadata = titleFromMessages("adminReport");

export default async function EditionReportPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const r = await getEditionReport(viewer, id).catch((error) => {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  });
  const [t, tPhase, tCommon, tQuestion, tFunnel] = await Promise.all([
    getTranslations("adminReport"),
    getTranslations("editionPhases"),
    getTranslations("common"),
    getTranslations("mentorshipForms"),
    getTranslations("dashboard.funnel"),
  ]);
  const loc = locale as AppLocale;
  const n = (value: number | null) => (value == null ? "—" : formatNumber(value, locale));
  const f = r.figures;
  const e = r.evaluations;
  return (
    <article className="space-y-6">
      <PageHeader
        title={t("heading", { name: r.edition.name })}
        lead={t("lead", {
          phase: tPhase(r.edition.phase),
          from: formatDay(r.edition.applicationsOpenOn, loc),
          to: formatDay(r.edition.applicationsCloseOn, loc),
          now: formatDateTime(new Date(), loc),
        })}
        actions={<PrintButton label={tCommon("printReport")} />}
      />
      <Card title={t("summary")}>
        <Dl
          items={[
            [t("submitted"), f.applications.submitted],
            [t("mentors"), t("mentorsValue", { mentors: f.offers.mentors, places: f.offers.capacity })],
            [
              t("proposals"),
              t("proposalsValue", {
                accepted: f.proposals.accepted,
                declined: f.proposals.declined,
                expired: f.proposals.expired,
                pending: f.proposals.pending,
              }),
            ],
            [
              t("mentorships"),
              t("mentorshipsValue", {
                total: r.funnel[2].value,
                active: f.mentorships.ACTIVE,
                closing: f.mentorships.CLOSING,
                completed: f.mentorships.COMPLETED,
                cancelled: f.mentorships.CANCELLED,
              }),
            ],
            [
              t("compliant"),
              t("compliantValue", {
                compliant: f.meetings.compliantMentorships,
                total: f.meetings.mentorships,
                logged: f.meetings.logged,
              }),
            ],
            [t("fitxesPublished"), f.fitxes.published],
          ]}
        />
      </Card>
      <Card title={t("funnel")}>
        <BarChart
          id="report-funnel"
          title={t("funnelTitle")}
          data={r.funnel.map((s) => ({ ...s, label: s.key ? tFunnel(s.key) : s.label }))}
        />
      </Card>
      <Card title={t("evaluations")}>
        {e.count ? (
          <div className="space-y-4">
            <p>
              {t("evaluationsSummary", {
                count: e.count,
                mentees: e.mentees,
                mentors: e.mentors,
                recommend: e.recommend ?? 0,
              })}
            </p>
            <DataTable
              caption={t("averages")}
              headers={[t("col.question"), t("col.all"), t("col.mentees"), t("col.mentors")]}
            >
              {e.averages.map((a) => (
                <tr key={a.key}>
                  <Td>{tQuestion(`question.${a.key}`)}</Td>
                  <Td>{n(a.all)}</Td>
                  <Td>{n(a.mentees)}</Td>
                  <Td>{n(a.mentors)}</Td>
                </tr>
              ))}
            </DataTable>
            <section>
              <h3 className="font-semibold">{t("comments")}</h3>
              <ul className="mt-2 space-y-2">
                {e.comments.map((c) => (
                  <li key={c.id} className="rounded border border-line p-3">
                    <p className="text-sm text-muted">{c.role === "MENTOR" ? t("byMentor") : t("byMentee")}</p>
                    <p className="whitespace-pre-line">{c.text}</p>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        ) : (
          <p>{t("noEvaluations")}</p>
        )}
      </Card>
    </article>
  );
}
