import { useTranslations } from "next-intl";
import { Card } from "@/components/Card";
import { Link } from "@/lib/i18n/navigation";
import type { Dashboard } from "@/lib/reports/dashboard";

/** The edition's figures, each linked to its list where there is one. */
export function FiguresCard({ figures: f, base }: { figures: Dashboard["figures"]; base: string }) {
  const t = useTranslations("dashboard.figures");
  return (
    <Card title={t("title")}>
      <div className="space-y-4">
        <section aria-labelledby="fig-applications">
          <h3 id="fig-applications" className="mb-2 font-semibold">
            {t("applications")}
          </h3>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
            <Figure
              label={t("submitted")}
              value={f.applications.submitted}
              href={`${base}/sollicituds?status=SUBMITTED`}
            />
            <Figure label={t("drafts")} value={f.applications.drafts} href={`${base}/sollicituds?status=DRAFT`} />
            <Figure label={t("withdrawn")} value={f.applications.withdrawn} />
            <Figure label={t("mentors")} value={f.offers.mentors} href={`${base}/disponibilitats?status=ACTIVE`} />
            <Figure label={t("places")} value={f.offers.capacity} />
          </dl>
        </section>
        <section aria-labelledby="fig-matching">
          <h3 id="fig-matching" className="mb-2 font-semibold">
            {t("matching")}
          </h3>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
            <Figure label={t("pending")} value={f.proposals.pending} href={`${base}/matching`} />
            <Figure label={t("accepted")} value={f.proposals.accepted} />
            <Figure label={t("declined")} value={f.proposals.declined} />
            <Figure label={t("expired")} value={f.proposals.expired} />
          </dl>
        </section>
        <section aria-labelledby="fig-mentorships">
          <h3 id="fig-mentorships" className="mb-2 font-semibold">
            {t("mentorships")}
          </h3>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
            <Figure
              label={t("agreeing")}
              value={f.mentorships.AGREEING}
              href="/secretaria/acompanyaments?status=AGREEING"
            />
            <Figure label={t("active")} value={f.mentorships.ACTIVE} href="/secretaria/acompanyaments?status=ACTIVE" />
            <Figure
              label={t("closing")}
              value={f.mentorships.CLOSING}
              href="/secretaria/acompanyaments?status=CLOSING"
            />
            <Figure
              label={t("completed")}
              value={f.mentorships.COMPLETED}
              href="/secretaria/acompanyaments?status=COMPLETED"
            />
            <Figure
              label={t("cancelled")}
              value={f.mentorships.CANCELLED}
              href="/secretaria/acompanyaments?status=CANCELLED"
            />
            <Figure label={t("meetings")} value={f.meetings.logged} />
            <Figure
              label={t("compliant")}
              value={t("compliantValue", { count: f.meetings.compliantMentorships, total: f.meetings.mentorships })}
            />
            <Figure label={t("evaluations")} value={f.evaluations} href={`${base}/informe`} />
            <Figure label={t("fitxesToReview")} value={f.fitxes.submitted} href="/secretaria/fitxes?status=SUBMITTED" />
            <Figure label={t("fitxesPublished")} value={f.fitxes.published} href="/fitxes" />
          </dl>
        </section>
      </div>
    </Card>
  );
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
