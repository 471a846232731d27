import { ActionButton } from "@/components/ActionButton";
import { Badge, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { useTranslations } from "next-intl";
import { isoDay } from "@/lib/dates";
import { useFormatDay } from "@/lib/i18n/use-format-day";
import { confirmAgreementAction } from "../actions";
import { AgreementForm } from "../AgreementForm";
import type { SectionProps } from "./types";

/**
 * The agreement (work plan): its text and state, the other party's confirmation, and the form to
 * draft or change it, open while there is none. Once confirmed it folds to one line.
 */
export function AgreementSection({ view, viewerId, working, step }: SectionProps) {
  const t = useTranslations("mentorship.agreement");
  const day = useFormatDay();
  const m = view.mentorship;
  const agreement = m.agreement;
  if (!agreement && !working) return null;
  const details = agreement ? (
    <Dl
      items={[
        [t("objectives"), agreement.objectives],
        [t("activities"), agreement.activities],
        [t("plannedMeetings"), agreement.plannedMeetings],
        [t("start"), agreement.startOn ? day(agreement.startOn) : t("startEdition")],
        [t("end"), day(agreement.endOn)],
      ]}
    />
  ) : null;
  const form = working ? (
    <AgreementForm
      limitText={t("limit", { limit: day(view.limit), months: m.edition.maxDurationMonths, start: day(view.start) })}
      startText={t("startHelp", { start: day(view.start), accepted: day(view.period.accepted) })}
      earliest={isoDay(view.period.accepted)}
      defaults={{
        mentorshipId: m.id,
        startOn: agreement?.startOn ? isoDay(agreement.startOn) : "",
        objectives: agreement?.objectives ?? "",
        activities: agreement?.activities ?? "",
        plannedMeetings: agreement?.plannedMeetings ?? "",
        endOn: agreement ? isoDay(agreement.endOn) : isoDay(view.limit),
      }}
      disclosure={{
        summary: t(agreement ? "change" : "draft"),
        open: step.kind === "draft-agreement",
        intro: <p className="mt-2 text-sm text-muted">{t(agreement ? "changeIntro" : "draftIntro")}</p>,
      }}
    />
  ) : null;

  return (
    <Card title={t("title")} id="acord">
      <div className="space-y-4">
        {agreement ? (
          <p>
            <Badge tone={agreement.status === "CONFIRMED" ? "green" : "amber"}>
              {agreement.status === "CONFIRMED"
                ? t("confirmedBy", { name: agreement.confirmedBy?.name ?? "" })
                : t("toConfirm")}
            </Badge>{" "}
            <span className="text-sm text-muted">
              {t("version", { version: agreement.version, name: agreement.draftedBy.name ?? "" })}
            </span>
          </p>
        ) : null}
        {agreement?.status === "CONFIRMED" ? (
          <details>
            <summary className="cursor-pointer font-semibold">{t("show")}</summary>
            <div className="mt-3">{details}</div>
          </details>
        ) : (
          details
        )}
        {working && agreement?.status === "DRAFT" ? (
          agreement.draftedBy.id === viewerId ? (
            <p className="text-sm">{t("otherConfirms")}</p>
          ) : (
            <ActionButton
              action={confirmAgreementAction}
              input={{ mentorshipId: m.id, version: agreement.version }}
              label={t("confirm")}
            />
          )
        ) : null}
        {form}
      </div>
    </Card>
  );
}
