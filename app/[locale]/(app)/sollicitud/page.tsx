import { getTranslations, setRequestLocale } from "next-intl/server";
import { requestWords } from "@/lib/errors";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/ClientMessages";
import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { MatchStateCard } from "@/components/MatchStateCard";
import { PageHeader } from "@/components/PageHeader";
import { getMyApplication } from "@/lib/applications/queries";
import { applicationWindow, closedMessage, lateApplicationOpen } from "@/lib/applications/window";
import { requireViewer } from "@/lib/auth/guards";
import { homePath } from "@/lib/auth/permissions";
import { formatDateTime, formatDay, type AppLocale } from "@/lib/dates";
import { getCurrentEdition } from "@/lib/editions/current-edition";
import { Link } from "@/lib/i18n/navigation";
import { getMyMatchState } from "@/lib/matching/mentee-view";
import { mentorDirectory } from "@/lib/offers/queries";
import { getOwnPerson, needsProfile } from "@/lib/people/own-profile";
import { listTopics } from "@/lib/topics/manage-topics";
import { ApplicationForm } from "./ApplicationForm";
import { withdrawApplicationAction } from "./actions";
import { COMMITMENTS } from "@/lib/applications/commitments";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { PageNotice } from "@/components/PageNotice";

type Application = Awaited<ReturnType<typeof getMyApplication>>;
type Person = Awaited<ReturnType<typeof getOwnPerson>>;

/** The form's values: the saved application, or a new one that starts from the municipality's population. */
function applicationDefaults(application: Application, person: Person) {
  return {
    municipalitySize: String(
      application?.municipalitySize ?? (application ? "" : (person.municipality?.population ?? "")),
    ),
    policyStage: application?.policyStage ?? null,
    currentPolicy: application?.currentPolicy ?? "",
    hasPlan: application?.hasPlan ?? null,
    planDetails: application?.planDetails ?? "",
    budget: application?.budget ?? "",
    team: application?.team ?? "",
    needs: application?.needs.map((n) => ({
      topicId: n.topicId,
      description: n.description,
      priority: n.priority,
    })) ?? [{ topicId: "", description: "", priority: "MEDIUM" }],
    goals: application?.goals ?? "",
    availability: application?.availability ?? "",
    preferredFormat: application?.preferredFormat ?? null,
    preferredMentorIds: application?.preferredMentors.map((m) => m.mentorId) ?? [],
    commitments: {},
  };
}

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("application");

export default async function ApplicationPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/sollicitud`);
  if (viewer.role !== "TECHNICIAN") redirect(homePath(viewer, locale));
  const [t, person, edition] = await Promise.all([
    getTranslations("application"),
    getOwnPerson(viewer),
    getCurrentEdition(),
  ]);
  const header = <PageHeader title={t("title")} lead={t("lead")} />;
  if (needsProfile(person)) {
    return (
      <div className="max-w-3xl space-y-4">
        {header}
        <Alert tone="info">{t("completeProfile")}</Alert>
        <Link href="/perfil" className="font-semibold">
          {t("goToProfile")}
        </Link>
      </div>
    );
  }
  if (person.approvalStatus !== "APPROVED") {
    return (
      <PageNotice header={header} tone="warning">
        {t("pendingApproval")}
      </PageNotice>
    );
  }
  if (!edition || edition.phase === "DRAFT") {
    return (
      <PageNotice header={header} tone="info">
        {t("noEdition")}
      </PageNotice>
    );
  }
  const application = await getMyApplication(viewer, edition.id);
  const window = applicationWindow(edition);
  const editable = window === "open" || lateApplicationOpen(edition, application);
  const l = locale as AppLocale;

  if (!editable) {
    return (
      <div className="max-w-3xl space-y-4">
        {header}
        {application?.status === "SUBMITTED" ? (
          <>
            <Alert tone="success">
              {t("statusSubmittedClosed", { date: formatDateTime(application.submittedAt!, l) })}
            </Alert>
            <MatchStateCard state={await getMyMatchState(viewer, edition.id)} />
          </>
        ) : (
          <Alert tone="warning">{(await requestWords())(closedMessage(edition, window))}</Alert>
        )}
      </div>
    );
  }

  const [topics, directory] = await Promise.all([
    listTopics({ activeOnly: true }),
    mentorDirectory(edition.id, viewer.id),
  ]);
  const municipality = application?.status === "SUBMITTED" ? application.municipality : person.municipality!;
  return (
    <div className="max-w-3xl space-y-6">
      {header}
      <div className="space-y-2">
        <p className="font-semibold">{edition.name}</p>
        <p>{t("deadline", { date: formatDay(edition.applicationsCloseOn, l) })}</p>
        {application?.lateAcceptedAt ? <Alert tone="info">{t("lateAccepted")}</Alert> : null}
        {application?.status === "SUBMITTED" ? (
          <Alert tone="success">{t("statusSubmitted", { date: formatDateTime(application.submittedAt!, l) })}</Alert>
        ) : application ? (
          <Alert tone="info">{t("statusDraft")}</Alert>
        ) : null}
      </div>
      <ClientMessages namespaces={["application"]}>
        <ApplicationForm
          commitments={COMMITMENTS}
          submitted={application?.status === "SUBMITTED"}
          municipalityName={municipality.name}
          topics={topics.map((topic) => ({ id: topic.id, name: topic.name }))}
          directory={directory.map((d) => ({
            id: d.mentor.id,
            name: d.mentor.name ?? "",
            municipality: d.mentor.municipality?.name ?? "",
            topics: d.topics.map((topic) => topic.name).join(", "),
          }))}
          defaults={applicationDefaults(application, person)}
        />
      </ClientMessages>
      {application ? (
        <div className="border-t border-line pt-6">
          <ActionButton
            action={withdrawApplicationAction}
            input={{ applicationId: application.id }}
            label={t("withdraw")}
            confirm={t("withdrawConfirm")}
            confirmLabel={t("withdrawYes")}
            variant="secondary"
          />
        </div>
      ) : null}
    </div>
  );
}
