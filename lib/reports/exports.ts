import "server-only";
import { applicationColumns, offerColumns } from "@/lib/applications/export";
import { listApplications } from "@/lib/applications/queries";
import { proposalRowInclude } from "@/lib/matching/export";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { toCsv, yesNo, type Column } from "@/lib/csv";
import { prisma } from "@/lib/db/client";
import type { Translator } from "@/lib/i18n/translator";
import { effectivePeriod } from "@/lib/mentorships/period";
import { meetingCompliance } from "@/lib/mentorships/rules";
import { listOffers } from "@/lib/offers/queries";
import { toXlsx } from "@/lib/xlsx";

/* eslint-disable @typescript-eslint/no-explicit-any -- each dataset has its own row type */
type Dataset = {
  load: (editionId: string, actor: Viewer) => Promise<any[]>;
  columns: (t: Translator) => Column<any>[];
};
/* eslint-enable @typescript-eslint/no-explicit-any */

function proposals(editionId: string) {
  return prisma.proposal.findMany({
    where: { editionId },
    orderBy: { createdAt: "asc" },
    include: proposalRowInclude,
  });
}

function mentorships(editionId: string) {
  return prisma.mentorship.findMany({
    where: { editionId },
    orderBy: { createdAt: "asc" },
    include: {
      edition: {
        select: {
          requiredMeetings: true,
          meetingsMustBeInPerson: true,
          mentoringStartOn: true,
          defaultEndOn: true,
          maxDurationMonths: true,
        },
      },
      mentor: { select: { name: true, email: true } },
      mentee: { select: { name: true, email: true } },
      application: { select: { municipality: { select: { name: true, comarca: true } } } },
      agreement: { select: { status: true } },
      meetings: { select: { status: true, mode: true, confirmedAt: true, startsAt: true } },
      recordSheet: { select: { status: true } },
    },
  });
}

function meetings(editionId: string) {
  return prisma.meeting.findMany({
    where: { mentorship: { editionId } },
    orderBy: { startsAt: "asc" },
    include: {
      loggedBy: { select: { name: true } },
      confirmedBy: { select: { name: true } },
      mentorship: { select: { mentor: { select: { name: true } }, mentee: { select: { name: true } } } },
    },
  });
}

function evaluations(editionId: string) {
  return prisma.evaluation.findMany({
    where: { mentorship: { editionId } },
    orderBy: { submittedAt: "asc" },
    include: { mentorship: { select: { mentor: { select: { name: true } }, mentee: { select: { name: true } } } } },
  });
}

type P = Awaited<ReturnType<typeof proposals>>[number];
type M = Awaited<ReturnType<typeof mentorships>>[number];
type T = Awaited<ReturnType<typeof meetings>>[number];
type E = Awaited<ReturnType<typeof evaluations>>[number];

export const DATASETS: Record<string, Dataset> = {
  sollicituds: { load: (id, actor) => listApplications(actor, id), columns: applicationColumns },
  disponibilitats: { load: (id, actor) => listOffers(actor, id), columns: offerColumns },
  propostes: {
    load: proposals,
    columns: (t) => [
      { header: t("exports.col.applicant"), value: (p: P) => p.application.applicant.name },
      { header: t("exports.col.applicantEmail"), value: (p: P) => p.application.applicant.email },
      { header: t("exports.col.applicantMunicipality"), value: (p: P) => p.application.municipality.name },
      { header: t("exports.col.mentor"), value: (p: P) => p.mentor.name },
      { header: t("exports.col.mentorEmail"), value: (p: P) => p.mentor.email },
      { header: t("exports.col.status"), value: (p: P) => t(`labels.proposalStatus.${p.status}`) },
      { header: t("exports.col.score"), value: (p: P) => p.score },
      { header: t("exports.col.proposed"), value: (p: P) => p.createdAt, type: "instant" },
      { header: t("exports.col.response"), value: (p: P) => p.respondedAt, type: "instant" },
      { header: t("exports.col.declineReason"), value: (p: P) => p.declineReason },
    ],
  },
  acompanyaments: {
    load: mentorships,
    columns: (t) => [
      { header: t("exports.col.applicant"), value: (m: M) => m.mentee.name },
      { header: t("exports.col.municipality"), value: (m: M) => m.application.municipality.name },
      { header: t("exports.col.comarca"), value: (m: M) => m.application.municipality.comarca },
      { header: t("exports.col.mentor"), value: (m: M) => m.mentor.name },
      { header: t("exports.col.status"), value: (m: M) => t(`labels.mentorshipStatus.${m.status}`) },
      { header: t("exports.col.accepted"), value: (m: M) => effectivePeriod(m, m.edition).accepted, type: "day" },
      { header: t("exports.col.start"), value: (m: M) => effectivePeriod(m, m.edition).start, type: "day" },
      { header: t("exports.col.ownStart"), value: (m: M) => Boolean(m.agreedStartOn) },
      { header: t("exports.col.firstContact"), value: (m: M) => m.firstContactOn, type: "day" },
      { header: t("exports.col.agreementConfirmed"), value: (m: M) => m.agreement?.status === "CONFIRMED" },
      { header: t("exports.col.end"), value: (m: M) => effectivePeriod(m, m.edition).end, type: "day" },
      {
        header: t("exports.col.meetingsCounted"),
        value: (m: M) => meetingCompliance(m.meetings, m.edition, effectivePeriod(m, m.edition)).counted,
      },
      {
        header: t("exports.col.meetingsMet"),
        value: (m: M) => meetingCompliance(m.meetings, m.edition, effectivePeriod(m, m.edition)).met,
      },
      { header: t("exports.col.closedWithoutMeetings"), value: (m: M) => m.meetingsRequirementMet === false },
      { header: t("exports.col.closingReason"), value: (m: M) => m.closingReason },
      {
        header: t("exports.col.fitxa"),
        value: (m: M) => (m.recordSheet ? t(`labels.fitxaStatus.${m.recordSheet.status}`) : ""),
      },
      { header: t("exports.col.cancelReason"), value: (m: M) => m.cancelReason },
    ],
  },
  trobades: {
    load: meetings,
    columns: (t) => [
      { header: t("exports.col.applicant"), value: (row: T) => row.mentorship.mentee.name },
      { header: t("exports.col.mentor"), value: (row: T) => row.mentorship.mentor.name },
      { header: t("exports.col.dateTime"), value: (row: T) => row.startsAt, type: "instant" },
      { header: t("exports.col.mode"), value: (row: T) => t(`labels.meetingMode.${row.mode}`) },
      { header: t("exports.col.place"), value: (row: T) => row.place },
      { header: t("exports.col.status"), value: (row: T) => t(`labels.meetingStatus.${row.status}`) },
      { header: t("exports.col.loggedBy"), value: (row: T) => row.loggedBy.name },
      { header: t("exports.col.confirmedBy"), value: (row: T) => row.confirmedBy?.name },
      { header: t("exports.col.summary"), value: (row: T) => row.summary },
    ],
  },
  valoracions: {
    load: evaluations,
    columns: (t) => [
      {
        header: t("exports.col.mentorship"),
        value: (e: E) =>
          t("exports.pair", { mentee: e.mentorship.mentee.name ?? "", mentor: e.mentorship.mentor.name ?? "" }),
      },
      {
        header: t("exports.col.evaluator"),
        value: (e: E) => t(`labels.evaluator.${e.authorRole}`),
      },
      { header: t("exports.col.usefulness"), value: (e: E) => e.usefulness },
      { header: t("exports.col.relationship"), value: (e: E) => e.relationship },
      { header: t("exports.col.goalsAchieved"), value: (e: E) => e.goalsAchieved },
      { header: t("exports.col.organisation"), value: (e: E) => e.organisation },
      { header: t("exports.col.recommend"), value: (e: E) => e.wouldRecommend },
      { header: t("exports.col.comments"), value: (e: E) => e.comments },
      { header: t("exports.col.date"), value: (e: E) => e.submittedAt, type: "instant" },
    ],
  },
};

/** One of the edition's datasets as CSV or XLSX, for the secretariat, worded by `t` (the exporter's language). */
export async function exportDataset(
  actor: Viewer | null,
  editionId: string,
  name: string,
  format: "csv" | "xlsx",
  t: Translator,
) {
  assertPermission(actor, "programme:manage");
  // Own names only: "constructor" or "__proto__" are not datasets.
  const dataset = Object.hasOwn(DATASETS, name) ? DATASETS[name] : undefined;
  if (!dataset) return null;
  const rows = await dataset.load(editionId, actor);
  const columns = dataset.columns(t);
  return format === "csv"
    ? toCsv(rows, columns, yesNo(t))
    : await toXlsx(rows, columns, { sheet: t(`exports.datasets.${name}`), words: yesNo(t) });
}
