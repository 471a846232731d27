import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { toCsv } from "@/lib/csv";
import { prisma } from "@/lib/db/client";
import { effectiveStart } from "@/lib/mentorships/period";

const STATUS = {
  PENDING: "Proposta pendent",
  ACCEPTED: "Acceptada",
  DECLINED: "Declinada",
  EXPIRED: "Caducada",
  WITHDRAWN: "Retirada",
} as const;

/** What a row of a proposals export shows: both people, their municipalities, and the outcome. */
export const proposalRowInclude = {
  mentor: { select: { name: true, email: true, municipality: { select: { name: true, comarca: true } } } },
  application: {
    select: {
      applicant: { select: { name: true, email: true } },
      municipality: { select: { name: true, comarca: true } },
    },
  },
  mentorship: { select: { status: true, acceptedAt: true, agreedStartOn: true } },
  edition: { select: { mentoringStartOn: true } },
} as const;

/** Every proposal of the edition (the pairs), with its outcome. */
export async function pairsCsv(actor: Viewer | null, editionId: string) {
  assertPermission(actor, "matching:manage");
  const rows = await prisma.proposal.findMany({
    where: { editionId },
    orderBy: [{ createdAt: "asc" }],
    include: proposalRowInclude,
  });
  return toCsv(rows, [
    { header: "Persona sol·licitant", value: (p) => p.application.applicant.name },
    { header: "Adreça sol·licitant", value: (p) => p.application.applicant.email },
    { header: "Municipi sol·licitant", value: (p) => p.application.municipality.name },
    { header: "Comarca sol·licitant", value: (p) => p.application.municipality.comarca },
    { header: "Persona mentora", value: (p) => p.mentor.name },
    { header: "Adreça mentora", value: (p) => p.mentor.email },
    { header: "Municipi mentora", value: (p) => p.mentor.municipality?.name },
    { header: "Estat de la proposta", value: (p) => STATUS[p.status] },
    { header: "Puntuació", value: (p) => (p.score === null ? null : Math.round(p.score * 100) / 100) },
    { header: "Proposada", value: (p) => p.createdAt, type: "instant" },
    { header: "Termini de resposta", value: (p) => p.respondBy, type: "instant" },
    { header: "Resposta", value: (p) => p.respondedAt, type: "instant" },
    { header: "Motiu (si declina)", value: (p) => p.declineReason },
    {
      header: "Inici de l'acompanyament",
      value: (p) => (p.mentorship ? effectiveStart(p.mentorship, p.edition) : null),
      type: "day",
    },
  ]);
}
