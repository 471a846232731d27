import "server-only";
import { toCsv, yesNo, type Column } from "@/lib/csv";
import type { Translator } from "@/lib/i18n/translator";
import type { listApplications } from "./queries";
import type { listOffers } from "@/lib/offers/queries";

type Applications = Awaited<ReturnType<typeof listApplications>>;
type Offers = Awaited<ReturnType<typeof listOffers>>;

/** The columns of the applications' export; `t` translates the messages (root), in the language of the person who exports. */
export const applicationColumns = (t: Translator): Column<Applications[number]>[] => [
  { header: t("exports.col.applicant"), value: (a) => a.applicant.name },
  { header: t("exports.col.email"), value: (a) => a.applicant.email },
  { header: t("exports.col.phone"), value: (a) => a.applicant.phone },
  { header: t("exports.col.position"), value: (a) => a.applicant.position },
  { header: t("exports.col.municipality"), value: (a) => a.municipality.name },
  { header: t("exports.col.comarca"), value: (a) => a.municipality.comarca },
  { header: t("exports.col.inhabitants"), value: (a) => a.municipalitySize },
  { header: t("exports.col.status"), value: (a) => t(`labels.applicationStatus.${a.status}`) },
  { header: t("exports.col.submitted"), value: (a) => a.submittedAt, type: "instant" },
  { header: t("exports.col.late"), value: (a) => Boolean(a.lateAcceptedAt) },
  { header: t("exports.col.stage"), value: (a) => (a.policyStage ? t(`labels.policyStage.${a.policyStage}`) : "") },
  { header: t("exports.col.currentPolicy"), value: (a) => a.currentPolicy },
  { header: t("exports.col.plan"), value: (a) => (a.hasPlan === null ? "" : a.hasPlan) },
  { header: t("exports.col.budget"), value: (a) => a.budget },
  { header: t("exports.col.team"), value: (a) => a.team },
  {
    header: t("exports.col.needs"),
    value: (a) =>
      a.needs
        .map((n) =>
          t("exports.need", {
            topic: n.topic.name,
            priority: t(`labels.priority.${n.priority}`),
            description: n.description,
          }),
        )
        .join(" | "),
  },
  { header: t("exports.col.goals"), value: (a) => a.goals },
  { header: t("exports.col.availability"), value: (a) => a.availability },
  { header: t("exports.col.format"), value: (a) => (a.preferredFormat ? t(`labels.format.${a.preferredFormat}`) : "") },
  { header: t("exports.col.preferredMentors"), value: (a) => a.preferredMentors.map((m) => m.mentor.name).join(", ") },
];

export function applicationsCsv(rows: Applications, t: Translator): string {
  return toCsv(rows, applicationColumns(t), yesNo(t));
}

export const offerColumns = (t: Translator): Column<Offers[number]>[] => [
  { header: t("exports.col.mentor"), value: (o) => o.mentor.name },
  { header: t("exports.col.email"), value: (o) => o.mentor.email },
  { header: t("exports.col.phone"), value: (o) => o.mentor.phone },
  { header: t("exports.col.position"), value: (o) => o.mentor.position },
  { header: t("exports.col.municipality"), value: (o) => o.mentor.municipality?.name },
  { header: t("exports.col.comarca"), value: (o) => o.mentor.municipality?.comarca },
  { header: t("exports.col.status"), value: (o) => t(`labels.offerStatus.${o.status}`) },
  { header: t("exports.col.capacity"), value: (o) => o.capacity },
  { header: t("exports.col.topics"), value: (o) => o.topics.map((topic) => topic.name).join(", ") },
  { header: t("exports.col.experience"), value: (o) => o.experience },
  { header: t("exports.col.format"), value: (o) => t(`labels.format.${o.preferredFormat}`) },
  { header: t("exports.col.travel"), value: (o) => o.travelArea },
  { header: t("exports.col.notes"), value: (o) => o.notes },
  { header: t("exports.col.confirmed"), value: (o) => o.confirmedAt, type: "instant" },
];

export function offersCsv(rows: Offers, t: Translator): string {
  return toCsv(rows, offerColumns(t), yesNo(t));
}
