import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { PageHeader } from "@/components/PageHeader";
import { Pagination } from "@/components/Pagination";
import { requirePermission } from "@/lib/auth/guards";
import { formatDay, type AppLocale } from "@/lib/dates";
import { ClientMessages } from "@/components/ClientMessages";
import { reasonText } from "@/lib/matching/reason-text";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { loadMatchingBoard, suggestForEdition } from "@/lib/matching/board";
import { cleanQuery } from "@/lib/query-params";
import { MentorsTable } from "./_board/MentorsTable";
import { OpenApplications } from "./_board/OpenApplications";
import { ProposalsTable } from "./_board/ProposalsTable";
import { SuggestionDraft } from "./_board/SuggestionDraft";
import { SuggestPanel } from "./_board/SuggestPanel";
import { WeightsForm } from "./_board/WeightsForm";

export const generateMetadata = titleFromMessages("adminMatching");

type Query = { pagina?: string; propostes?: string; mentores?: string; suggeriment?: string; proposta?: string };
type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Query> };

/** The matching board: weights, the suggested draft (?suggeriment=1), open applications, proposals and mentors. */
export default async function MatchingPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  const query = cleanQuery(await searchParams);
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "matching:manage");
  const board = await loadMatchingBoard(viewer, id, {
    applications: query.pagina,
    proposals: query.propostes,
    mentors: query.mentores,
  }).catch((error) => {
    if (error instanceof AppError && error.code === "not-found") notFound();
    throw error;
  });
  const [t, tReason, tPriority] = await Promise.all([
    getTranslations("adminMatching"),
    getTranslations("adminMatching.reason"),
    getTranslations("labels.priority"),
  ]);
  const path = `/secretaria/convocatories/${id}/matching`;
  // ?proposta=enviada: the board after a proposal from its list (the application has left it,
  // so the notice is shown with the proposals); the pages' links leave it out.
  const { proposta, ...kept } = query;
  const nav = (label: string, param: keyof Query, page: { page: number; pages: number }) => (
    <Pagination label={label} page={page.page} pages={page.pages} path={path} query={kept} param={param} />
  );
  const open = board.edition.phase === "MATCHING";
  const suggestion = open && query.suggeriment === "1" ? await suggestForEdition(viewer, id) : null;
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("heading")}
        lead={
          <>
            <Link href={`/secretaria/convocatories/${id}`}>{board.edition.name}</Link> ·{" "}
            {t("deadline", { date: formatDay(board.edition.matchingDeadlineOn, locale as AppLocale) })}
          </>
        }
        actions={
          <a
            href={`/${locale}${path}/parelles`}
            download
            className="inline-block rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 no-underline"
          >
            {t("exportPairs")}
          </a>
        }
      />
      {!open ? <Alert tone="info">{t("notOpen")}</Alert> : null}
      <section className="grid gap-6 lg:grid-cols-2">
        <ClientMessages namespaces={["adminMatching"]}>
          <WeightsForm editionId={id} weights={board.weights} />
        </ClientMessages>
        <SuggestPanel open={open} />
      </section>
      {suggestion ? (
        <ClientMessages namespaces={["adminMatching"]}>
          <SuggestionDraft
            editionId={id}
            pairs={suggestion.pairs.map((pair) => ({
              ...pair,
              reasons: pair.reasons.map((reason) => reasonText(reason, tReason, tPriority)),
              alternatives: pair.alternatives.map(({ mentorId, name }) => ({ mentorId, name })),
            }))}
            objective={suggestion.objective}
            boardPath={`/${locale}${path}`}
          />
        </ClientMessages>
      ) : null}
      <OpenApplications
        board={board}
        open={open}
        sentTo={`/${locale}${path}?proposta=enviada#proposals-heading`}
        nav={nav(t("pagesApplications"), "pagina", board.pages.applications)}
      />
      <ProposalsTable
        board={board}
        sent={proposta === "enviada"}
        nav={nav(t("pagesProposals"), "propostes", board.pages.proposals)}
      />
      <MentorsTable board={board} nav={nav(t("pagesMentors"), "mentores", board.pages.mentors)} />
    </div>
  );
}
