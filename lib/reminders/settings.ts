import { z } from "@/lib/zod";

// The reminder rules and their default offsets (in days). The secretariat switches each rule and
// sets its offsets per edition (Edition.reminderSettings); the sweep reads them here.
export const REMINDER_RULES = {
  applicationsClosing: { label: "Inscripcions a punt de tancar-se (esborranys i persones que encara no han sol·licitat)", unit: "dies abans del tancament", offsets: [7, 2] },
  availabilityPending: { label: "Disponibilitat de persona mentora sense confirmar", unit: "dies després de l'obertura", offsets: [7] },
  proposalPending: { label: "Proposta pendent de resposta (persona mentora)", unit: "dies després d'enviar-la", offsets: [3] },
  proposalOverdue: { label: "Proposta caducada sense resposta (secretaria)", unit: "dies després del termini", offsets: [0] },
  noFirstContact: { label: "Sense primer contacte", unit: "dies després de l'inici", offsets: [14] },
  noAgreement: { label: "Sense acord confirmat", unit: "dies després de l'inici", offsets: [30] },
  meetingsMidterm: { label: "Trobades requerides no fetes a la meitat de la mentoria", unit: "dies després de la meitat", offsets: [0] },
  endApproaching: { label: "Finalització propera (instruccions de tancament)", unit: "dies abans de la finalització", offsets: [30] },
  closurePending: { label: "Valoració o fitxa pendents després de la finalització", unit: "dies després de la finalització", offsets: [7, 21] },
  fitxaChanges: { label: "Canvis demanats a la fitxa i no fets", unit: "dies després de demanar-los", offsets: [7] },
} as const;

export type ReminderRule = keyof typeof REMINDER_RULES;
export type RuleSettings = { enabled: boolean; offsets: number[] };
export type ReminderSettings = Record<ReminderRule, RuleSettings>;

const offsets = z.array(z.coerce.number().int().min(0).max(365)).min(1).max(5);
const ruleSchema = z.object({ enabled: z.boolean(), offsets });

export const reminderSettingsSchema = z.object(
  Object.fromEntries(Object.keys(REMINDER_RULES).map((rule) => [rule, ruleSchema])) as Record<ReminderRule, typeof ruleSchema>,
);

export function defaultReminderSettings(): ReminderSettings {
  return Object.fromEntries(
    Object.entries(REMINDER_RULES).map(([rule, config]) => [rule, { enabled: true, offsets: [...config.offsets] }]),
  ) as ReminderSettings;
}

/** The edition's settings, with the defaults for any rule it does not set. */
export function editionReminderSettings(stored: unknown): ReminderSettings {
  const defaults = defaultReminderSettings();
  if (!stored || typeof stored !== "object") return defaults;
  const result = { ...defaults };
  for (const rule of Object.keys(REMINDER_RULES) as ReminderRule[]) {
    const parsed = ruleSchema.safeParse((stored as Record<string, unknown>)[rule]);
    if (parsed.success) result[rule] = parsed.data;
  }
  return result;
}

/**
 * For "before" rules: the offset that applies when `daysLeft` days remain (the smallest offset
 * not smaller than daysLeft), so a missed sweep never sends two reminders at once.
 */
export function offsetBefore(offsetsList: number[], daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const applicable = offsetsList.filter((o) => daysLeft <= o);
  return applicable.length ? Math.min(...applicable) : null;
}

/** For "after" rules: the largest offset already reached `daysSince` days after the event. */
export function offsetAfter(offsetsList: number[], daysSince: number): number | null {
  const reached = offsetsList.filter((o) => daysSince >= o);
  return reached.length ? Math.max(...reached) : null;
}
