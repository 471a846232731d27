import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import type { Metadata } from "next";
import { ButtonLink, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { EditionTimeline } from "@/components/EditionTimeline";
import { PageHeader } from "@/components/PageHeader";
import { nextPhase, PHASE_LABELS } from "@/lib/editions/phases";
import { editionTimeline } from "@/lib/editions/timeline";
import { setCurrentEditionAction } from "../actions";
import { editionPage } from "./_edition";

export const metadata: Metadata = { title: "Convocatòria" };

export default async function EditionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { edition } = await editionPage(params);
  const next = nextPhase(edition.phase);
  return (
    <div className="space-y-6">
      <PageHeader
        title={edition.name}
        lead={`Fase actual: ${PHASE_LABELS[edition.phase]}${edition.isCurrent ? " · convocatòria en curs" : ""}`}
        actions={
          <>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/edita`} variant="secondary">
              Edita
            </ButtonLink>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/recordatoris`} variant="secondary">
              Recordatoris
            </ButtonLink>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/exportacions`} variant="secondary">
              Exportacions
            </ButtonLink>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/informe`} variant="secondary">
              Informe
            </ButtonLink>
            {next ? (
              <ButtonLink href={`/secretaria/convocatories/${edition.id}/fase?a=${next}`}>
                Passa a «{PHASE_LABELS[next]}»
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <EditionTimeline steps={editionTimeline(edition)} />
      {!edition.isCurrent && edition.phase !== "CLOSED" ? (
        <div className="space-y-2">
          <Alert tone="info">
            Aquesta convocatòria no és la convocatòria en curs. Només se&apos;n poden obrir les inscripcions quan ho és.
          </Alert>
          <ActionButton
            action={setCurrentEditionAction}
            input={{ editionId: edition.id }}
            label="Marca-la com a convocatòria en curs"
            variant="secondary"
          />
        </div>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Participació">
          <Dl
            items={[
              ["Sol·licituds enviades", edition._count.applications],
              ["Disponibilitats actives", edition._count.offers],
              ["Acompanyaments", edition._count.mentorships],
            ]}
          />
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/sollicituds`} variant="secondary">
              Sol·licituds
            </ButtonLink>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/disponibilitats`} variant="secondary">
              Disponibilitats
            </ButtonLink>
            {edition.phase !== "DRAFT" && edition.phase !== "APPLICATIONS" ? (
              <ButtonLink href={`/secretaria/convocatories/${edition.id}/matching`}>Tauler de matching</ButtonLink>
            ) : null}
          </div>
        </Card>
        <Card title="Regles">
          <Dl
            items={[
              [
                "Trobades requerides",
                `${edition.requiredMeetings}${edition.meetingsMustBeInPerson ? " presencials" : " (de qualsevol tipus)"}`,
              ],
              ["Durada màxima", `${edition.maxDurationMonths} mesos`],
              ["Resposta a les propostes", `${edition.proposalResponseDays} dies`],
              ["Canvis de fase automàtics", edition.autoPhaseChanges ? "Sí" : "No"],
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
