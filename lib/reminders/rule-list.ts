// The reminder rules and their default offsets (in days), and the settings' shape: plain data
// for the settings form (in the browser, without zod) and the sweep. Their names and units are
// messages (adminReminders.rule in messages/*.json).

export const REMINDER_RULES = {
  applicationsClosing: { offsets: [7, 2] },
  availabilityPending: { offsets: [7] },
  proposalPending: { offsets: [3] },
  proposalOverdue: { offsets: [0] },
  noFirstContact: { offsets: [14] },
  noAgreement: { offsets: [30] },
  meetingsMidterm: { offsets: [0] },
  endApproaching: { offsets: [30] },
  closurePending: { offsets: [7, 21] },
  fitxaChanges: { offsets: [7] },
} as const;

export type ReminderRule = keyof typeof REMINDER_RULES;
export type RuleSettings = { enabled: boolean; offsets: number[] };
export type ReminderSettings = Record<ReminderRule, RuleSettings>;
