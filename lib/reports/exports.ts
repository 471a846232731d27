import "server-only";
import { applicationColumns, offerColumns } from "@/lib/applications/export";
import { listApplications } from "@/lib/applications/queries";
import { proposalRowInclude } from "@/lib/matching/export";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { toCsv, type Column } from "@/lib/csv";
import { prisma } from "@/lib/db/client";
import { FITXA_STATUS_LABELS, MEETING_STATUS_LABELS, MENTORSHIP_STATUS_LABELS } from "@/lib/mentorships/labels";
import { MEETING_MODE_LABELS } from "@/lib/mentorships/meetings";
import { effectivePeriod } from "@/lib/mentorships/period";
import { meetingCompliance } from "@/lib/mentorships/rules";
import { listOffers } from "@/lib/offers/queries";
import { toXlsx } from "@/lib/xlsx";

const PROPOSAL_STATUS = {
  PENDING: "Proposta pendent",
  ACCEPTED: "Acceptada",
  DECLINED: "Declinada",
  EXPIRED: "Caducada",
  WITHDRAWN: "Retirada",
} as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each dataset has its own row type
type Dataset = { title: string; load: (editionId: string, actor: Viewer) => Promise<any[]>; columns: Column<any>[] };

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
  sollicituds: { title: "Sol·licituds", load: (id, actor) => listApplications(actor, id), columns: applicationColumns },
  disponibilitats: { title: "Disponibilitats", load: (id, actor) => listOffers(actor, id), columns: offerColumns },
  propostes: {
    title: "Propostes",
    load: proposals,
    columns: [
      { header: "Persona sol·licitant", value: (p: P) => p.application.applicant.name },
      { header: "Adreça sol·licitant", value: (p: P) => p.application.applicant.email },
      { header: "Municipi sol·licitant", value: (p: P) => p.application.municipality.name },
      { header: "Persona mentora", value: (p: P) => p.mentor.name },
      { header: "Adreça mentora", value: (p: P) => p.mentor.email },
      { header: "Estat", value: (p: P) => PROPOSAL_STATUS[p.status] },
      { header: "Puntuació", value: (p: P) => p.score },
      { header: "Proposada", value: (p: P) => p.createdAt, type: "instant" },
      { header: "Resposta", value: (p: P) => p.respondedAt, type: "instant" },
      { header: "Motiu (si declina)", value: (p: P) => p.declineReason },
    ],
  },
  acompanyaments: {
    title: "Acompanyaments",
    load: mentorships,
    columns: [
      { header: "Persona sol·licitant", value: (m: M) => m.mentee.name },
      { header: "Municipi", value: (m: M) => m.application.municipality.name },
      { header: "Comarca", value: (m: M) => m.application.municipality.comarca },
      { header: "Persona mentora", value: (m: M) => m.mentor.name },
      { header: "Estat", value: (m: M) => MENTORSHIP_STATUS_LABELS[m.status] },
      { header: "Acceptació", value: (m: M) => effectivePeriod(m, m.edition).accepted, type: "day" },
      { header: "Inici", value: (m: M) => effectivePeriod(m, m.edition).start, type: "day" },
      { header: "Inici propi de la parella", value: (m: M) => Boolean(m.agreedStartOn) },
      { header: "Primer contacte", value: (m: M) => m.firstContactOn, type: "day" },
      { header: "Acord confirmat", value: (m: M) => m.agreement?.status === "CONFIRMED" },
      { header: "Finalització", value: (m: M) => effectivePeriod(m, m.edition).end, type: "day" },
      {
        header: "Trobades comptades",
        value: (m: M) => meetingCompliance(m.meetings, m.edition, effectivePeriod(m, m.edition)).counted,
      },
      {
        header: "Requisit de trobades complert",
        value: (m: M) => meetingCompliance(m.meetings, m.edition, effectivePeriod(m, m.edition)).met,
      },
      { header: "Tancat sense les trobades requerides", value: (m: M) => m.meetingsRequirementMet === false },
      { header: "Motiu de tancament abans de la data pactada", value: (m: M) => m.closingReason },
      { header: "Fitxa", value: (m: M) => (m.recordSheet ? FITXA_STATUS_LABELS[m.recordSheet.status] : "") },
      { header: "Motiu de finalització anticipada", value: (m: M) => m.cancelReason },
    ],
  },
  trobades: {
    title: "Trobades",
    load: meetings,
    columns: [
      { header: "Persona sol·licitant", value: (t: T) => t.mentorship.mentee.name },
      { header: "Persona mentora", value: (t: T) => t.mentorship.mentor.name },
      { header: "Data i hora", value: (t: T) => t.startsAt, type: "instant" },
      { header: "Format", value: (t: T) => MEETING_MODE_LABELS[t.mode] },
      { header: "Lloc", value: (t: T) => t.place },
      { header: "Estat", value: (t: T) => MEETING_STATUS_LABELS[t.status] },
      { header: "Registrada per", value: (t: T) => t.loggedBy.name },
      { header: "Confirmada per", value: (t: T) => t.confirmedBy?.name },
      { header: "Resum", value: (t: T) => t.summary },
    ],
  },
  valoracions: {
    title: "Valoracions",
    load: evaluations,
    columns: [
      { header: "Acompanyament", value: (e: E) => `${e.mentorship.mentee.name} i ${e.mentorship.mentor.name}` },
      {
        header: "Qui valora",
        value: (e: E) => (e.authorRole === "MENTOR" ? "Persona mentora" : "Persona sol·licitant"),
      },
      { header: "Utilitat", value: (e: E) => e.usefulness },
      { header: "Relació", value: (e: E) => e.relationship },
      { header: "Objectius assolits", value: (e: E) => e.goalsAchieved },
      { header: "Organització", value: (e: E) => e.organisation },
      { header: "Ho recomanaria", value: (e: E) => e.wouldRecommend },
      { header: "Comentaris", value: (e: E) => e.comments },
      { header: "Data", value: (e: E) => e.submittedAt, type: "instant" },
    ],
  },
};

/** One of the edition's datasets as CSV or XLSX, for the secretariat. */
export async function exportDataset(actor: Viewer | null, editionId: string, name: string, format: "csv" | "xlsx") {
  assertPermission(actor, "programme:manage");
  // Own names only: "constructor" or "__proto__" are not datasets.
  const dataset = Object.hasOwn(DATASETS, name) ? DATASETS[name] : undefined;
  if (!dataset) return null;
  const rows = await dataset.load(editionId, actor);
  return format === "csv" ? toCsv(rows, dataset.columns) : await toXlsx(rows, dataset.columns, dataset.title);
}
