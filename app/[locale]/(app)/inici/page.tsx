import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { homePath } from "@/lib/auth/permissions";
import type { AppLocale } from "@/lib/dates";
import { getTechnicianOverview } from "@/lib/editions/technician-overview";
import { countMyPendingProposals } from "@/lib/matching/inbox";
import { getMyMatchState } from "@/lib/matching/mentee-view";
import { listMyMentorships } from "@/lib/mentorships/my-mentorships";
import { needsProfile } from "@/lib/people/own-profile";
import { ApplicationStatusCard } from "./_home/ApplicationStatusCard";
import { MentorCard } from "./_home/MentorCard";
import { MentorshipsCard } from "./_home/MentorshipsCard";
import { titleFromMessages } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("nav", "home");

/** A technician's home: a mentor's tasks first, then the mentorships, then the application in one message for the phase. */
export default async function TechnicianHomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/inici`);
  if (viewer.role !== "TECHNICIAN") redirect(homePath(viewer, locale));
  const [t, overview] = await Promise.all([getTranslations("technicianHome"), getTechnicianOverview(viewer)]);
  const { person, edition, application } = overview;
  if (needsProfile(person)) redirect(`/${locale}/perfil`);
  const [matchState, pendingProposals, mentorships] = await Promise.all([
    edition && application?.status === "SUBMITTED" ? getMyMatchState(viewer, edition.id) : null,
    person.isMentor ? countMyPendingProposals(viewer) : 0,
    listMyMentorships(viewer),
  ]);
  const l = locale as AppLocale;
  const applies = person.approvalStatus === "APPROVED" && (!person.isMentor || application);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { name: person.name ?? person.email })} lead={t("lead")} />
      {person.approvalStatus === "PENDING" ? <Alert tone="warning">{t("pendingApproval")}</Alert> : null}
      {edition && person.isMentor ? (
        <MentorCard
          offer={overview.offer}
          pendingProposals={pendingProposals}
          closesOn={edition.applicationsCloseOn}
          locale={l}
        />
      ) : null}
      {mentorships.length ? <MentorshipsCard mentorships={mentorships} /> : null}
      {applies ? <ApplicationStatusCard overview={overview} matchState={matchState} locale={l} /> : null}
      {person.isMentor ? <p>{t("mentorNote")}</p> : null}
      {person.wantsToMentor && !person.isMentor ? <p>{t("wantsToMentor")}</p> : null}
    </div>
  );
}
