import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { FITXA_STATUS_LABELS } from "@/lib/mentorships/labels";
import { getRecordSheetForReview } from "@/lib/mentorships/record-sheet";
import { ReviewForm } from "../ReviewForm";

export const metadata: Metadata = { title: "Fitxa" };

export default async function RecordSheetReviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "mentorship:oversee", `/${locale}/secretaria/fitxes/${id}`);
  const sheet = await getRecordSheetForReview(viewer, id).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={sheet.title || "(sense títol)"}
        lead={`${FITXA_STATUS_LABELS[sheet.status]} · ${sheet.mentorship.edition.name} · ${sheet.mentorship.mentee.name} i ${sheet.mentorship.mentor.name}`}
      />
      <p>
        <Link href={`/acompanyaments/${sheet.mentorship.id}`}>Obre l&apos;acompanyament</Link>
      </p>
      {sheet.status === "CHANGES_REQUESTED" ? (
        <Alert tone="info" title="Canvis demanats">
          {sheet.reviewNote}
        </Alert>
      ) : null}
      <Card title="Contingut">
        <Dl
          items={[
            ["Context", sheet.context],
            ["Objectius", sheet.objectives],
            ["Activitats", sheet.activities],
            ["Resultats", sheet.results],
            ["Aprenentatges", sheet.lessons],
            ["Recursos i enllaços", sheet.resources],
            ["Àmbits", sheet.topics.map((t) => t.name).join(", ")],
          ]}
        />
      </Card>
      {sheet.status === "SUBMITTED" ? (
        <Card title="Revisió">
          <ReviewForm sheetId={sheet.id} />
        </Card>
      ) : null}
    </div>
  );
}
