import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { FITXA_STATUS_LABELS } from "@/lib/mentorships/labels";
import { getRecordSheetForParty } from "@/lib/mentorships/record-sheet";
import { listTopics } from "@/lib/topics/manage-topics";
import { RecordSheetForm } from "./RecordSheetForm";

export const metadata: Metadata = { title: "Fitxa de la mentoria" };

export default async function RecordSheetPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/acompanyaments/${id}/fitxa`);
  const { role, sheet, editable, closing } = await getRecordSheetForParty(viewer, id).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const topics = await listTopics({ activeOnly: true });
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Fitxa de la mentoria"
        lead="La persona que ha rebut la mentoria la documenta per a altres municipis. Quan la secretaria la publica, és pública al catàleg de fitxes, sense dades personals."
      />
      <p>
        <Link href={`/acompanyaments/${id}`}>Torna a l&apos;acompanyament</Link>
      </p>
      {sheet ? <p>Estat: {FITXA_STATUS_LABELS[sheet.status]}</p> : null}
      {sheet?.status === "CHANGES_REQUESTED" && sheet.reviewNote ? (
        <Alert tone="warning" title="La secretaria hi demana canvis">
          {sheet.reviewNote}
        </Alert>
      ) : null}
      {sheet?.status === "SUBMITTED" ? (
        <Alert tone="info">La fitxa està enviada i la secretaria l&apos;està revisant.</Alert>
      ) : null}
      {sheet?.status === "PUBLISHED" ? (
        <Alert tone="success">
          La fitxa està publicada. <Link href={`/fitxes/${sheet.id}`}>Consulta-la al catàleg</Link>.
        </Alert>
      ) : null}
      {editable ? (
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
            topicIds: sheet?.topics.map((t) => t.id) ?? [],
          }}
        />
      ) : role === "MENTEE" && !closing && !sheet ? (
        <Alert tone="info">La fitxa s&apos;omple en el tancament de l&apos;acompanyament.</Alert>
      ) : null}
    </div>
  );
}
