import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Badge, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { municipalityOptions } from "@/lib/municipalities/queries";
import { getPersonForSecretariat } from "@/lib/people/queries";
import { EmailProblemNotice } from "./EmailProblemNotice";
import { EraseSection } from "./EraseSection";
import { PersonActions } from "./PersonActions";
import { PersonHistory } from "./PersonHistory";
import { PersonForm } from "./PersonForm";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Persona" };

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ convidada?: string }> };

export default async function PersonPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "people:manage", `/${locale}/secretaria/persones/${id}`);
  const [person, municipalities] = await Promise.all([getPersonForSecretariat(viewer, id), municipalityOptions()]);
  if (!person) notFound();
  const invited = cleanQuery(await searchParams).convidada === "1";
  return (
    <div className="space-y-6">
      <PageHeader title={person.name ?? person.email} lead={person.email} />
      {invited ? (
        <Alert tone="success" live>
          S&apos;ha enviat la invitació a {person.email}.
        </Alert>
      ) : null}
      {person.emailProblem ? (
        <EmailProblemNotice personId={person.id} problem={person.emailProblem} at={person.emailProblemAt} />
      ) : null}
      {person.approvalStatus === "PENDING" ? (
        <Alert tone="warning" title="Registre pendent de validació">
          {person.municipality?.emailDomains.length
            ? `L'adreça no és de cap dels dominis de ${person.municipality.name} (${person.municipality.emailDomains.join(", ")}).`
            : `${person.municipality?.name ?? "El municipi"} no té cap domini de correu registrat: comproveu que la persona hi treballa.`}
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
      <EraseSection personId={person.id} locale={locale} />
      <PersonHistory person={person} />
    </div>
  );
}
