import { Card } from "@/components/Card";
import { Link } from "@/lib/i18n/navigation";
import type { Dashboard } from "@/lib/reports/dashboard";

/** The edition's figures, each linked to its list where there is one. */
export function FiguresCard({ figures: f, base }: { figures: Dashboard["figures"]; base: string }) {
  return (
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
            <Figure label="Fitxes per revisar" value={f.fitxes.submitted} href="/secretaria/fitxes?status=SUBMITTED" />
            <Figure label="Fitxes publicades" value={f.fitxes.published} href="/fitxes" />
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
