import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { ButtonLink, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { EditionTimeline } from "@/components/EditionTimeline";
import { PageHeader } from "@/components/PageHeader";
import { getTranslations } from "next-intl/server";
import { nextPhase } from "@/lib/editions/phases";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { editionTimeline } from "@/lib/editions/timeline";
import { setCurrentEditionAction } from "../actions";
import { editionPage } from "./_edition";

export const generateMetadata = titleFromMessages("adminEditions", "one.title");

export default async function EditionPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { edition } = await editionPage(params);
  const next = nextPhase(edition.phase);
  const [t, tPhase] = await Promise.all([getTranslations("adminEditions.one"), getTranslations("editionPhases")]);
  const count = (n: number) => ({ count: n });
  return (
    <div className="space-y-6">
      <PageHeader
        title={edition.name}
        lead={t(edition.isCurrent ? "leadCurrent" : "lead", { phase: tPhase(edition.phase) })}
        actions={
          <>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/edita`} variant="secondary">
              {t("edit")}
            </ButtonLink>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/recordatoris`} variant="secondary">
              {t("reminders")}
            </ButtonLink>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/exportacions`} variant="secondary">
              {t("exports")}
            </ButtonLink>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/informe`} variant="secondary">
              {t("report")}
            </ButtonLink>
            {next ? (
              <ButtonLink href={`/secretaria/convocatories/${edition.id}/fase?a=${next}`}>
                {t("moveTo", { phase: tPhase(next) })}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <EditionTimeline steps={editionTimeline(edition)} />
      {!edition.isCurrent && edition.phase !== "CLOSED" ? (
        <div className="space-y-2">
          <Alert tone="info">{t("notCurrent")}</Alert>
          <ActionButton
            action={setCurrentEditionAction}
            input={{ editionId: edition.id }}
            label={t("makeCurrent")}
            variant="secondary"
          />
        </div>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card title={t("participation")}>
          <Dl
            items={[
              [t("submitted"), edition._count.applications],
              [t("activeOffers"), edition._count.offers],
              [t("mentorships"), edition._count.mentorships],
            ]}
          />
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/sollicituds`} variant="secondary">
              {t("applications")}
            </ButtonLink>
            <ButtonLink href={`/secretaria/convocatories/${edition.id}/disponibilitats`} variant="secondary">
              {t("offers")}
            </ButtonLink>
            {edition.phase !== "DRAFT" && edition.phase !== "APPLICATIONS" ? (
              <ButtonLink href={`/secretaria/convocatories/${edition.id}/matching`}>{t("board")}</ButtonLink>
            ) : null}
          </div>
        </Card>
        <Card title={t("rules")}>
          <Dl
            items={[
              [
                t("requiredMeetings"),
                t(edition.meetingsMustBeInPerson ? "meetingsInPerson" : "meetingsAny", count(edition.requiredMeetings)),
              ],
              [t("maxDuration"), t("months", count(edition.maxDurationMonths))],
              [t("response"), t("days", count(edition.proposalResponseDays))],
              [t("autoPhase"), edition.autoPhaseChanges ? t("yes") : t("no")],
            ]}
          />
        </Card>
      </div>
    </div>
  );
}
