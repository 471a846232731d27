// The reminder rules and their default offsets (in days), and the settings' shape: plain data
// for the settings form (in the browser, without zod) and the sweep.

export const REMINDER_RULES = {
  applicationsClosing: {
    label: "Inscripcions a punt de tancar-se (esborranys i persones que encara no han sol·licitat)",
    unit: "dies abans del tancament",
    offsets: [7, 2],
  },
  availabilityPending: {
    label: "Disponibilitat de persona mentora sense confirmar",
    unit: "dies després de l'obertura",
    offsets: [7],
  },
  proposalPending: {
    label: "Proposta pendent de resposta (persona mentora)",
    unit: "dies després d'enviar-la",
    offsets: [3],
  },
  proposalOverdue: {
    label: "Proposta caducada sense resposta (secretaria)",
    unit: "dies després del termini",
    offsets: [0],
  },
  noFirstContact: { label: "Sense primer contacte", unit: "dies després de l'inici", offsets: [14] },
  noAgreement: { label: "Sense acord confirmat", unit: "dies després de l'inici", offsets: [30] },
  meetingsMidterm: {
    label: "Trobades requerides no fetes a la meitat de la mentoria",
    unit: "dies després de la meitat",
    offsets: [0],
  },
  endApproaching: {
    label: "Finalització propera (instruccions de tancament)",
    unit: "dies abans de la finalització",
    offsets: [30],
  },
  closurePending: {
    label: "Valoració o fitxa pendents després de la finalització",
    unit: "dies després de la finalització",
    offsets: [7, 21],
  },
  fitxaChanges: { label: "Canvis demanats a la fitxa i no fets", unit: "dies després de demanar-los", offsets: [7] },
} as const;

export type ReminderRule = keyof typeof REMINDER_RULES;
export type RuleSettings = { enabled: boolean; offsets: number[] };
export type ReminderSettings = Record<ReminderRule, RuleSettings>;
