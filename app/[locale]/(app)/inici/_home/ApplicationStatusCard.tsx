import { getTranslations } from "next-intl/server";
import { Card } from "@/components/Card";
import { MatchStateCard } from "@/components/MatchStateCard";
import { formatDateTime, formatDay, type AppLocale } from "@/lib/dates";
import type { TechnicianOverview } from "@/lib/editions/technician-overview";
import { Link } from "@/lib/i18n/navigation";
import type { MatchState } from "@/lib/matching/mentee-view";
import { primaryAction } from "./styles";

type Props = { overview: TechnicianOverview; matchState: MatchState | null; locale: AppLocale };

/**
 * Where the person's application stands, in one message written for the edition's phase: while
 * applications are open, what to do before they close; afterwards, what the matching has done.
 */
export async function ApplicationStatusCard({ overview: { edition, application, window }, matchState, locale }: Props) {
  const t = await getTranslations("technicianHome");
  if (!edition) return <Card title={t("applicationTitle")}>{t("noEdition")}</Card>;
  const closes = formatDay(edition.applicationsCloseOn, locale);
  const open = window === "open";
  const link = (label: string) => (
    <Link href="/sollicitud" className={primaryAction}>
      {label}
    </Link>
  );
  return (
    <Card title={t("applicationTitle")}>
      <div className="space-y-3">
        <p className="text-sm text-muted">
          {edition.name} ·{" "}
          {t("applicationsPeriod", { from: formatDay(edition.applicationsOpenOn, locale), to: closes })}
        </p>
        {application?.status === "SUBMITTED" ? (
          <>
            {open || !matchState ? (
              <p>{t("appSubmitted", { date: formatDateTime(application.submittedAt!, locale) })}</p>
            ) : (
              <MatchStateCard state={matchState} />
            )}
            {link(t("viewApplication"))}
          </>
        ) : application && open ? (
          <>
            <p>{t("appDraft", { date: closes })}</p>
            {link(t("continueApplication"))}
          </>
        ) : open ? (
          <>
            <p>{t("appNone", { date: closes })}</p>
            {link(t("startApplication"))}
          </>
        ) : (
          <p>{window === "not-open" ? t("appNotOpen") : application ? t("appDraftClosed") : t("appNoneClosed")}</p>
        )}
      </div>
    </Card>
  );
}
