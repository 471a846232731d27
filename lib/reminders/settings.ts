import { z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";
import { REMINDER_RULES, type ReminderRule, type ReminderSettings } from "./rule-list";

export { REMINDER_RULES, type ReminderRule, type ReminderSettings, type RuleSettings } from "./rule-list";

// The secretariat switches each rule and sets its offsets per edition (Edition.reminderSettings);
// the sweep reads them here.
const offsets = z.array(z.coerce.number().int().min(0).max(365)).min(1).max(5);
const ruleSchema = z.object({ enabled: z.boolean(), offsets });

export const reminderSettingsSchema = z.object(
  Object.fromEntries(Object.keys(REMINDER_RULES).map((rule) => [rule, ruleSchema])) as Record<
    ReminderRule,
    typeof ruleSchema
  >,
);

const OFFSETS_MESSAGE = vmsg("reminders.indiqueuNombresDiesSeparats");
/** Offsets as typed in the form: "7, 2" → [7, 2]. */
const offsetsText = z.string().transform((text, ctx) => {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const numbers = parts.map(Number);
  if (!parts.length || parts.length > 5 || numbers.some((n) => !Number.isInteger(n) || n < 0 || n > 365)) {
    ctx.addIssue({ code: "custom", message: OFFSETS_MESSAGE });
    return [];
  }
  return numbers;
});

const ruleFormSchema = z.object({ enabled: z.boolean().default(false), offsets: offsetsText });

/** The secretariat's form: each rule switched on or off, its offsets as text. */
export const reminderSettingsFormSchema = z.object({
  editionId: z.string().min(1).max(40),
  settings: z.object(
    Object.fromEntries(Object.keys(REMINDER_RULES).map((rule) => [rule, ruleFormSchema])) as Record<
      ReminderRule,
      typeof ruleFormSchema
    >,
  ),
});

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
  let found: number | null = null;
  for (const o of offsetsList) if (daysLeft <= o && (found === null || o < found)) found = o;
  return found;
}

/** For "after" rules: the largest offset already reached `daysSince` days after the event. */
export function offsetAfter(offsetsList: number[], daysSince: number): number | null {
  let found: number | null = null;
  for (const o of offsetsList) if (daysSince >= o && (found === null || o > found)) found = o;
  return found;
}
