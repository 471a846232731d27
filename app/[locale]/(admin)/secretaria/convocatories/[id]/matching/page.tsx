import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { formatDay } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { loadMatchingBoard } from "@/lib/matching/board";
import { MatchingBoard } from "./MatchingBoard";
import { cleanQuery } from "@/lib/query-params";

export const metadata: Metadata = { title: "Matching" };

type Query = { pagina?: string; propostes?: string; mentores?: string };

export default async function MatchingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Query>;
}) {
  const { locale, id } = await params;
  const query = cleanQuery(await searchParams);
  setRequestLocale(locale);
  const viewer = await requirePermission(
    locale,
    "matching:manage",
    `/${locale}/secretaria/convocatories/${id}/matching`,
  );
  const board = await loadMatchingBoard(viewer, id, {
    applications: query.pagina,
    proposals: query.propostes,
    mentors: query.mentores,
  }).catch((error) => {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  });
  const path = `/secretaria/convocatories/${id}/matching`;
  const nav = (label: string, param: keyof Query, page: { page: number; pages: number }) => (
    <Pagination label={label} page={page.page} pages={page.pages} path={path} query={query} param={param} />
  );
  const open = board.edition.phase === "MATCHING";
  return (
    <div className="space-y-6">
      <PageHeader
        title="Tauler de matching"
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}`}>{board.edition.name}</Link> · data límit del matching:{" "}
            {formatDay(board.edition.matchingDeadlineOn)}
          </>
        }
        actions={
          <a
            href={`/${locale}/secretaria/convocatories/${id}/matching/parelles`}
            download
            className="inline-block rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 no-underline"
          >
            Exporta les parelles (CSV)
          </a>
        }
      />
      {!open ? (
        <Alert tone="info">
          La convocatòria no és a la fase de matching: podeu consultar el tauler, però no enviar propostes.
        </Alert>
      ) : null}
      <MatchingBoard
        editionId={id}
        open={open}
        weights={board.weights}
        applications={board.applications}
        mentors={board.mentors}
        counts={board.counts}
        nav={{
          applications: nav("Pàgines de sol·licituds", "pagina", board.pages.applications),
          proposals: nav("Pàgines de propostes", "propostes", board.pages.proposals),
          mentors: nav("Pàgines de persones mentores", "mentores", board.pages.mentors),
        }}
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
