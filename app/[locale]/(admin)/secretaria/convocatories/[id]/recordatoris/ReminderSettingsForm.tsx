"use client";

import { Alert } from "@/components/Alert";
import { Checkbox, Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { REMINDER_RULES, type ReminderRule, type ReminderSettings } from "@/lib/reminders/rule-list";
import { saveReminderSettingsAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

/** Each reminder rule of the edition: on or off, and when (days before or after, as the rule says). */
export function ReminderSettingsForm({ editionId, settings }: { editionId: string; settings: ReminderSettings }) {
  const rules = Object.keys(REMINDER_RULES) as ReminderRule[];
  const server = useServerForm({
    action: saveReminderSettingsAction,
    schema: () => import("@/lib/reminders/settings").then((m) => m.reminderSettingsFormSchema),
    defaults: {
      editionId,
      settings: Object.fromEntries(
        rules.map((rule) => [rule, { enabled: settings[rule].enabled, offsets: settings[rule].offsets.join(", ") }]),
      ),
    },
  });
  const { field, done } = server;
  return (
    <FormFrame server={server} className="space-y-5 rounded-lg border border-line bg-white p-6">
      {done ? (
        <Alert tone="success" live>
          S&apos;han desat els recordatoris.
        </Alert>
      ) : null}
      <input type="hidden" {...field("editionId")} />
      {rules.map((rule) => (
        <fieldset key={rule} className="grid gap-3 border-b border-line pb-4 md:grid-cols-[1fr_16rem]">
          <legend className="sr-only">{REMINDER_RULES[rule].label}</legend>
          <Checkbox id={`rule-${rule}`} label={REMINDER_RULES[rule].label} {...field(`settings.${rule}.enabled`)} />
          <Input
            id={`offsets-${rule}`}
            label={`Quan (${REMINDER_RULES[rule].unit})`}
            {...field(`settings.${rule}.offsets`)}
          />
        </fieldset>
      ))}
      <SubmitButton pendingLabel="S'està desant…">Desa els recordatoris</SubmitButton>
    </FormFrame>
  );
}
