import "server-only";
import { toCsv, type Column } from "@/lib/csv";
import {
  APPLICATION_STATUS_LABELS,
  FORMAT_LABELS,
  OFFER_STATUS_LABELS,
  POLICY_STAGE_LABELS,
  PRIORITY_LABELS,
} from "./labels";
import type { listApplications } from "./queries";
import type { listOffers } from "@/lib/offers/queries";

type Applications = Awaited<ReturnType<typeof listApplications>>;
type Offers = Awaited<ReturnType<typeof listOffers>>;

export const applicationColumns: Column<Applications[number]>[] = [
  { header: "Persona sol·licitant", value: (a) => a.applicant.name },
  { header: "Adreça electrònica", value: (a) => a.applicant.email },
  { header: "Telèfon", value: (a) => a.applicant.phone },
  { header: "Càrrec", value: (a) => a.applicant.position },
  { header: "Municipi", value: (a) => a.municipality.name },
  { header: "Comarca", value: (a) => a.municipality.comarca },
  { header: "Habitants", value: (a) => a.municipalitySize },
  { header: "Estat", value: (a) => APPLICATION_STATUS_LABELS[a.status] },
  { header: "Enviada", value: (a) => a.submittedAt, type: "instant" },
  { header: "Fora de termini", value: (a) => Boolean(a.lateAcceptedAt) },
  { header: "Punt de partida", value: (a) => (a.policyStage ? POLICY_STAGE_LABELS[a.policyStage] : "") },
  { header: "Actuació actual", value: (a) => a.currentPolicy },
  { header: "Pla d'ESS", value: (a) => (a.hasPlan === null ? "" : a.hasPlan) },
  { header: "Pressupost", value: (a) => a.budget },
  { header: "Equip", value: (a) => a.team },
  {
    header: "Necessitats",
    value: (a) => a.needs.map((n) => `${n.topic.name} (${PRIORITY_LABELS[n.priority]}): ${n.description}`).join(" | "),
  },
  { header: "Objectius", value: (a) => a.goals },
  { header: "Disponibilitat", value: (a) => a.availability },
  { header: "Format preferit", value: (a) => (a.preferredFormat ? FORMAT_LABELS[a.preferredFormat] : "") },
  { header: "Persones mentores preferides", value: (a) => a.preferredMentors.map((m) => m.mentor.name).join(", ") },
];

export function applicationsCsv(rows: Applications): string {
  return toCsv(rows, applicationColumns);
}

export const offerColumns: Column<Offers[number]>[] = [
  { header: "Persona mentora", value: (o) => o.mentor.name },
  { header: "Adreça electrònica", value: (o) => o.mentor.email },
  { header: "Telèfon", value: (o) => o.mentor.phone },
  { header: "Càrrec", value: (o) => o.mentor.position },
  { header: "Municipi", value: (o) => o.mentor.municipality?.name },
  { header: "Comarca", value: (o) => o.mentor.municipality?.comarca },
  { header: "Estat", value: (o) => OFFER_STATUS_LABELS[o.status] },
  { header: "Capacitat", value: (o) => o.capacity },
  { header: "Àmbits", value: (o) => o.topics.map((t) => t.name).join(", ") },
  { header: "Experiència", value: (o) => o.experience },
  { header: "Format preferit", value: (o) => FORMAT_LABELS[o.preferredFormat] },
  { header: "Desplaçament", value: (o) => o.travelArea },
  { header: "Observacions", value: (o) => o.notes },
  { header: "Confirmada", value: (o) => o.confirmedAt, type: "instant" },
];

export function offersCsv(rows: Offers): string {
  return toCsv(rows, offerColumns);
}
