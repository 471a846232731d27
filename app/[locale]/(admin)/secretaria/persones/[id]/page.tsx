import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Badge, DataTable, Dl, Td } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { APPLICATION_STATUS_LABELS, OFFER_STATUS_LABELS } from "@/lib/applications/labels";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { municipalityOptions } from "@/lib/municipalities/queries";
import { getPersonForSecretariat } from "@/lib/people/queries";
import { erasePersonAction } from "../actions";
import { PersonActions } from "./PersonActions";
import { PersonForm } from "./PersonForm";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Persona" };

const MENTORSHIP_STATUS = {
  AGREEING: "Pactant l'acord",
  ACTIVE: "En curs",
  CLOSING: "Tancament",
  COMPLETED: "Completat",
  CANCELLED: "Finalitzat abans d'hora",
} as const;

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ convidada?: string }> };

export default async function PersonPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "people:manage", `/${locale}/secretaria/persones/${id}`);
  const [person, municipalities] = await Promise.all([getPersonForSecretariat(viewer, id), municipalityOptions()]);
  if (!person) notFound();
  const invited = cleanQuery(await searchParams).convidada === "1";
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
    <div className="space-y-6">
      <PageHeader title={person.name ?? person.email} lead={person.email} />
      {invited ? (
        <Alert tone="success" live>
          S&apos;ha enviat la invitació a {person.email}.
        </Alert>
      ) : null}
      {person.approvalStatus === "PENDING" ? (
        <Alert tone="warning" title="Registre pendent de validació">
          L&apos;adreça no és de cap dels dominis de {person.municipality?.name} (
          {person.municipality?.emailDomains.join(", ")}).
        </Alert>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Dades">
          <Dl
            items={[
              [
                "Estat",
                person.deactivatedAt ? (
                  <Badge key="s" tone="red">
                    Desactivada
                  </Badge>
                ) : (
                  <Badge key="s" tone="green">
                    Activa
                  </Badge>
                ),
              ],
              [
                "Persona mentora",
                person.isMentor
                  ? "Sí: la secretaria la compta com a persona mentora"
                  : person.wantsToMentor
                    ? "Ho ha demanat; encara no la compteu com a persona mentora"
                    : "No",
              ],
              [
                "Avís de privacitat",
                person.privacyAcceptedAt ? `Acceptat el ${formatDateTime(person.privacyAcceptedAt)}` : "Encara no",
              ],
              ["Alta", formatDateTime(person.createdAt)],
            ]}
          />
          <div className="mt-4">
            <PersonActions
              personId={person.id}
              active={!person.deactivatedAt}
              pending={person.approvalStatus === "PENDING"}
            />
          </div>
        </Card>
        <Card title="Edita">
          <PersonForm
            personId={person.id}
            municipalities={municipalities.map((m) => ({ value: m.id, label: m.name }))}
            defaults={{
              name: person.name ?? "",
              position: person.position ?? "",
              phone: person.phone ?? "",
              municipalityId: person.municipalityId ?? "",
              isMentor: person.isMentor,
              role: person.role,
            }}
          />
        </Card>
      </div>
      <details className="rounded-lg border border-line bg-white p-5">
        <summary className="cursor-pointer font-semibold">Esborrar les dades personals (dret de supressió)</summary>
        <div className="mt-3 space-y-3">
          <p>
            S&apos;esborraran o anonimitzaran totes les dades personals d&apos;aquesta persona (nom, adreça, telèfon,
            càrrec, textos que ha escrit i correus que l&apos;anomenen), se&apos;n tancaran les sessions i no podrà
            tornar a entrar. L&apos;historial del programa es manté sense identitat. No es pot desfer.
          </p>
          <ActionButton
            action={erasePersonAction}
            input={{ personId: person.id }}
            label="Esborra les dades personals"
            variant="danger"
            confirm="Segur que voleu esborrar les dades personals d'aquesta persona? No es pot desfer."
            success="S'han esborrat les dades personals."
            redirectTo={`/${locale}/secretaria/persones?esborrada=1`}
          />
        </div>
      </details>
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
    </div>
  );
}
