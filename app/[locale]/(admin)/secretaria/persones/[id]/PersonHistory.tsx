import { DataTable, Td } from "@/components/admin";
import { APPLICATION_STATUS_LABELS, OFFER_STATUS_LABELS } from "@/lib/applications/labels";
import { Link } from "@/lib/i18n/navigation";
import type { PersonForSecretariat } from "@/lib/people/queries";

const MENTORSHIP_STATUS = {
  AGREEING: "Pactant l'acord",
  ACTIVE: "En curs",
  CLOSING: "Tancament",
  COMPLETED: "Completat",
  CANCELLED: "Finalitzat abans d'hora",
} as const;

/** The person's part in each edition: applications, availability and mentorships. */
export function PersonHistory({ person }: { person: PersonForSecretariat }) {
  const history = [
    ...person.applications.map((a) => ({
      key: `a${a.id}`,
      year: a.edition.year,
      edition: a.edition.name,
      what: "Sol·licitud de mentoria",
      status: APPLICATION_STATUS_LABELS[a.status] + (a.lateAcceptedAt ? " (fora de termini)" : ""),
      href: `/secretaria/convocatories/${a.edition.id}/sollicituds/${a.id}`,
    })),
    ...person.mentorOffers.map((o) => ({
      key: `o${o.id}`,
      year: o.edition.year,
      edition: o.edition.name,
      what: `Disponibilitat com a mentora (${o.capacity})`,
      status: OFFER_STATUS_LABELS[o.status],
      href: `/secretaria/convocatories/${o.edition.id}/disponibilitats/${o.id}`,
    })),
  ].sort((a, b) => b.year - a.year);
  return (
    <section className="space-y-3">
      <h2 className="text-xl font-semibold">Historial a les convocatòries</h2>
      <DataTable
        caption="Historial"
        headers={["Convocatòria", "Participació", "Estat"]}
        empty="Encara no ha participat en cap convocatòria."
      >
        {history.map((h) => (
          <tr key={h.key}>
            <Td>{h.edition}</Td>
            <Td>
              <Link href={h.href}>{h.what}</Link>
            </Td>
            <Td>{h.status}</Td>
          </tr>
        ))}
        {person.mentorshipsAsMentor.map((m) => (
          <tr key={m.id}>
            <Td>{m.edition.name}</Td>
            <Td>Mentora de {m.mentee.name}</Td>
            <Td>{MENTORSHIP_STATUS[m.status]}</Td>
          </tr>
        ))}
        {person.mentorshipsAsMentee.map((m) => (
          <tr key={m.id}>
            <Td>{m.edition.name}</Td>
            <Td>Acompanyada per {m.mentor.name}</Td>
            <Td>{MENTORSHIP_STATUS[m.status]}</Td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
