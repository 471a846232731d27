import { addDays, addMonths, isoDay, madridDay } from "@/lib/dates";
import type { ApplicationInput } from "@/lib/applications/schema";
import { COMMITMENTS } from "@/lib/applications/schema";
import type { EditionInput } from "@/lib/editions/schema";

/** A valid edition form, with the calendar around today. */
export function editionInput(overrides: Partial<EditionInput> = {}): EditionInput {
  const today = madridDay();
  const start = addDays(today, 60);
  return {
    name: "Convocatòria de prova",
    year: 2100 + Math.floor(Math.random() * 390),
    applicationsOpenOn: isoDay(addDays(today, -7)),
    applicationsCloseOn: isoDay(addDays(today, 21)),
    matchingDeadlineOn: isoDay(addDays(today, 50)),
    mentoringStartOn: isoDay(start),
    defaultEndOn: isoDay(addMonths(start, 12)),
    requiredMeetings: 2,
    meetingsMustBeInPerson: true,
    maxDurationMonths: 12,
    proposalResponseDays: 10,
    autoPhaseChanges: false,
    ...overrides,
  };
}

/** A complete application, ready to submit. */
export function completeApplication(topicId: string, overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    municipalitySize: "12000",
    policyStage: "EMERGING",
    currentPolicy: "Fem alguna jornada de sensibilització i tenim una llista d'entitats.",
    hasPlan: false,
    planDetails: "",
    budget: "5.000 € l'any",
    team: "Una persona a mitja jornada",
    needs: [
      { topicId, description: "Volem impulsar la primera cooperativa de consum del municipi.", priority: "HIGH" },
    ],
    goals: "Dissenyar un pla local d'economia social en un any.",
    availability: "Dimarts i dijous al matí",
    preferredFormat: "MIXED",
    preferredMentorIds: [],
    commitments: Object.fromEntries(COMMITMENTS.map((key) => [key, true])),
    ...overrides,
  };
}
