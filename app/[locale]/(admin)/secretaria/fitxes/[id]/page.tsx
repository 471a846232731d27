import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { ClientMessages } from "@/components/ClientMessages";
import { getRecordSheetForReview } from "@/lib/mentorships/record-sheet";
import { ReviewForm } from "../ReviewForm";

export const generateMetadata = titleFromMessages("adminFitxes", "one.title");

export default async function RecordSheetReviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "mentorship:oversee", `/${locale}/secretaria/fitxes/${id}`);
  const [sheet, t, tUntitled, tStatus, tSection] = await Promise.all([
    getRecordSheetForReview(viewer, id).catch((error) => {
      if (error instanceof AppError) notFound();
      throw error;
    }),
    getTranslations("adminFitxes.one"),
    getTranslations("adminFitxes"),
    getTranslations("labels.fitxaStatus"),
    getTranslations("fitxes"),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={sheet.title || tUntitled("untitled")}
        lead={t("lead", {
          status: tStatus(sheet.status),
          edition: sheet.mentorship.edition.name,
          mentee: sheet.mentorship.mentee.name ?? "",
          mentor: sheet.mentorship.mentor.name ?? "",
        })}
      />
      <p>
        <Link href={`/acompanyaments/${sheet.mentorship.id}`}>{t("open")}</Link>
      </p>
      {sheet.status === "CHANGES_REQUESTED" ? (
        <Alert tone="info" title={t("changesRequested")}>
          {sheet.reviewNote}
        </Alert>
      ) : null}
      <Card title={t("content")}>
        <Dl
          items={[
            [tSection("sections.context"), sheet.context],
            [tSection("sections.objectives"), sheet.objectives],
            [tSection("sections.activities"), sheet.activities],
            [tSection("sections.results"), sheet.results],
            [tSection("sections.lessons"), sheet.lessons],
            [tSection("resources"), sheet.resources],
            [t("topics"), sheet.topics.map((topic) => topic.name).join(", ")],
          ]}
        />
      </Card>
      {sheet.status === "SUBMITTED" ? (
        <Card title={t("review")}>
          <ClientMessages namespaces={["adminFitxes"]}>
            <ReviewForm sheetId={sheet.id} />
          </ClientMessages>
        </Card>
      ) : null}
    </div>
  );
}
