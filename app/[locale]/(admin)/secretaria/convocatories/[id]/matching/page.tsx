import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Forbidden } from "@/components/Forbidden";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { prisma } from "@/lib/db/client";
import { formatDay } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { loadMatchingBoard } from "@/lib/matching/board";
import { MatchingBoard } from "./MatchingBoard";

export const metadata: Metadata = { title: "Matching" };

export default async function MatchingPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "matching:manage", `/${locale}/secretaria/convocatories/${id}/matching`);
  if (!viewer) return <Forbidden />;
  if (!(await prisma.edition.findUnique({ where: { id }, select: { id: true } }))) notFound();
  const board = await loadMatchingBoard(viewer, id);
  const open = board.edition.phase === "MATCHING";
  return (
    <div className="space-y-6">
      <PageHeader
        title="Tauler de matching"
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}`}>{board.edition.name}</Link> · data límit del matching: {formatDay(board.edition.matchingDeadlineOn)}
          </>
        }
        actions={
          <a href={`/${locale}/secretaria/convocatories/${id}/matching/parelles`} download className="inline-block rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 no-underline">
            Exporta les parelles (CSV)
          </a>
        }
      />
      {!open ? <Alert tone="info">La convocatòria no és a la fase de matching: podeu consultar el tauler, però no enviar propostes.</Alert> : null}
      <MatchingBoard
        editionId={id}
        open={open}
        weights={board.weights}
        applications={board.applications}
        mentors={board.mentors}
        proposals={board.proposals.map((p) => ({
          id: p.id,
          status: p.status,
          score: p.score,
          respondBy: formatDay(p.respondBy),
          mentor: p.mentor.name ?? "",
          applicant: p.application.applicant.name ?? "",
          municipality: p.application.municipality.name,
        }))}
      />
    </div>
  );
}
