import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/ClientMessages";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { getRecordSheetForParty } from "@/lib/mentorships/record-sheet";
import { listTopics } from "@/lib/topics/manage-topics";
import { RecordSheetForm } from "./RecordSheetForm";

export const generateMetadata = titleFromMessages("mentorship.fitxaPage");

export default async function RecordSheetPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/acompanyaments/${id}/fitxa`);
  const { role, sheet, editable, closing } = await getRecordSheetForParty(viewer, id).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const topics = await listTopics({ activeOnly: true });
  const [t, tLabel] = await Promise.all([getTranslations("mentorship.fitxaPage"), getTranslations("labels")]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        <Link href={`/acompanyaments/${id}`}>{t("back")}</Link>
      </p>
      {sheet ? <p>{t("status", { status: tLabel(`fitxaStatus.${sheet.status}`) })}</p> : null}
      {sheet?.status === "CHANGES_REQUESTED" && sheet.reviewNote ? (
        <Alert tone="warning" title={t("changesTitle")}>
          {sheet.reviewNote}
        </Alert>
      ) : null}
      {sheet?.status === "SUBMITTED" ? <Alert tone="info">{t("submitted")}</Alert> : null}
      {sheet?.status === "PUBLISHED" ? (
        <Alert tone="success">
          {t("published")} <Link href={`/fitxes/${sheet.id}`}>{t("viewInCatalogue")}</Link>.
        </Alert>
      ) : null}
      {editable ? (
        <ClientMessages namespaces={["mentorshipForms"]}>
          <RecordSheetForm
            mentorshipId={id}
            topics={topics}
            defaults={{
              title: sheet?.title ?? "",
              context: sheet?.context ?? "",
              objectives: sheet?.objectives ?? "",
              activities: sheet?.activities ?? "",
              results: sheet?.results ?? "",
              lessons: sheet?.lessons ?? "",
              resources: sheet?.resources ?? "",
              topicIds: sheet?.topics.map((topic) => topic.id) ?? [],
            }}
          />
        </ClientMessages>
      ) : role === "MENTEE" && !closing && !sheet ? (
        <Alert tone="info">{t("later")}</Alert>
      ) : null}
    </div>
  );
}
