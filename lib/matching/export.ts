import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { toCsv, yesNo } from "@/lib/csv";
import type { Translator } from "@/lib/i18n/translator";
import { prisma } from "@/lib/db/client";
import { effectiveStart } from "@/lib/mentorships/period";

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

/** Every proposal of the edition (the pairs), with its outcome; `t` words it in the language of the person who exports. */
export async function pairsCsv(actor: Viewer | null, editionId: string, t: Translator) {
  assertPermission(actor, "matching:manage");
  const rows = await prisma.proposal.findMany({
    where: { editionId },
    orderBy: [{ createdAt: "asc" }],
    include: proposalRowInclude,
  });
  return toCsv(
    rows,
    [
      { header: t("exports.col.applicant"), value: (p) => p.application.applicant.name },
      { header: t("exports.col.applicantEmail"), value: (p) => p.application.applicant.email },
      { header: t("exports.col.applicantMunicipality"), value: (p) => p.application.municipality.name },
      { header: t("exports.col.applicantComarca"), value: (p) => p.application.municipality.comarca },
      { header: t("exports.col.mentor"), value: (p) => p.mentor.name },
      { header: t("exports.col.mentorEmail"), value: (p) => p.mentor.email },
      { header: t("exports.col.mentorMunicipality"), value: (p) => p.mentor.municipality?.name },
      { header: t("exports.col.proposalStatus"), value: (p) => t(`labels.proposalStatus.${p.status}`) },
      { header: t("exports.col.score"), value: (p) => (p.score === null ? null : Math.round(p.score * 100) / 100) },
      { header: t("exports.col.proposed"), value: (p) => p.createdAt, type: "instant" },
      { header: t("exports.col.respondBy"), value: (p) => p.respondBy, type: "instant" },
      { header: t("exports.col.response"), value: (p) => p.respondedAt, type: "instant" },
      { header: t("exports.col.declineReason"), value: (p) => p.declineReason },
      {
        header: t("exports.col.mentorshipStart"),
        value: (p) => (p.mentorship ? effectiveStart(p.mentorship, p.edition) : null),
        type: "day",
      },
    ],
    yesNo(t),
  );
}
