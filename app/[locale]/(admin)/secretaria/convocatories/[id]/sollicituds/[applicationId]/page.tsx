import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import {
  APPLICATION_STATUS_LABELS,
  FORMAT_LABELS,
  POLICY_STAGE_LABELS,
  PRIORITY_LABELS,
} from "@/lib/applications/labels";
import { getApplicationForSecretariat } from "@/lib/applications/queries";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { title: "Sol·licitud" };

export default async function ApplicationDetailPage({
  params,
}: {
  params: Promise<{ locale: string; id: string; applicationId: string }>;
}) {
  const { locale, id, applicationId } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const a = await getApplicationForSecretariat(viewer, applicationId);
  if (!a || a.editionId !== id) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Sol·licitud de ${a.applicant.name ?? a.applicant.email}`}
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}/sollicituds`}>{a.edition.name}</Link> ·{" "}
            {APPLICATION_STATUS_LABELS[a.status]}
            {a.submittedAt ? ` el ${formatDateTime(a.submittedAt)}` : ""}
          </>
        }
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Persona">
          <Dl
            items={[
              [
                "Nom",
                <Link key="p" href={`/secretaria/persones/${a.applicant.id}`}>
                  {a.applicant.name}
                </Link>,
              ],
              ["Adreça", a.applicant.email],
              ["Telèfon", a.applicant.phone],
              ["Càrrec", a.applicant.position],
              ["Municipi", `${a.municipality.name} (${a.municipality.comarca})`],
            ]}
          />
        </Card>
        <Card title="Punt de partida">
          <Dl
            items={[
              ["Habitants", a.municipalitySize?.toLocaleString("ca")],
              ["Situació", a.policyStage ? POLICY_STAGE_LABELS[a.policyStage] : null],
              ["Què fa ara", a.currentPolicy],
              ["Pla d'ESS", a.hasPlan === null ? null : a.hasPlan ? `Sí. ${a.planDetails ?? ""}` : "No"],
              ["Pressupost", a.budget],
              ["Equip", a.team],
            ]}
          />
        </Card>
      </div>
      <Card title="Necessitats">
        <ul className="space-y-3">
          {a.needs.map((n) => (
            <li key={n.id}>
              <p className="font-semibold">
                {n.topic.name} · prioritat {PRIORITY_LABELS[n.priority].toLowerCase()}
              </p>
              <p className="whitespace-pre-line">{n.description}</p>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Objectius i disponibilitat">
        <Dl
          items={[
            ["Objectius", a.goals],
            ["Disponibilitat", a.availability],
            ["Format preferit", a.preferredFormat ? FORMAT_LABELS[a.preferredFormat] : null],
            [
              "Persones mentores preferides",
              a.preferredMentors.map((m) => `${m.mentor.name} (${m.mentor.municipality?.name ?? ""})`).join(", ") ||
                null,
            ],
            ["Compromisos acceptats", a.commitmentsAcceptedAt ? formatDateTime(a.commitmentsAcceptedAt) : null],
          ]}
        />
      </Card>
    </div>
  );
}
