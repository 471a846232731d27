import { DataTable, Td } from "@/components/admin";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { PersonForSecretariat } from "@/lib/people/queries";

/** The person's part in each edition: applications, availability and mentorships. */
export function PersonHistory({ person }: { person: PersonForSecretariat }) {
  const t = useTranslations("adminPeople.history");
  const tLabel = useTranslations("labels");
  const history = [
    ...person.applications.map((a) => ({
      key: `a${a.id}`,
      year: a.edition.year,
      edition: a.edition.name,
      what: t("application"),
      status: tLabel(`applicationStatus.${a.status}`) + (a.lateAcceptedAt ? t("late") : ""),
      href: `/secretaria/convocatories/${a.edition.id}/sollicituds/${a.id}`,
    })),
    ...person.mentorOffers.map((o) => ({
      key: `o${o.id}`,
      year: o.edition.year,
      edition: o.edition.name,
      what: t("offer", { capacity: o.capacity }),
      status: tLabel(`offerStatus.${o.status}`),
      href: `/secretaria/convocatories/${o.edition.id}/disponibilitats/${o.id}`,
    })),
  ].sort((a, b) => b.year - a.year);
  return (
    <section className="space-y-3">
      <h2 className="text-xl font-semibold">{t("title")}</h2>
      <DataTable caption={t("caption")} headers={[t("edition"), t("part"), t("status")]} empty={t("empty")}>
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
            <Td>{t("mentorOf", { name: m.mentee.name ?? "" })}</Td>
            <Td>{tLabel(`mentorshipStatus.${m.status}`)}</Td>
          </tr>
        ))}
        {person.mentorshipsAsMentee.map((m) => (
          <tr key={m.id}>
            <Td>{m.edition.name}</Td>
            <Td>{t("menteeOf", { name: m.mentor.name ?? "" })}</Td>
            <Td>{tLabel(`mentorshipStatus.${m.status}`)}</Td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
