"use client";

import { Alert } from "@/components/Alert";
import { Checkbox, Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { REMINDER_RULES, type ReminderRule, type ReminderSettings } from "@/lib/reminders/rule-list";
import { saveReminderSettingsAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";
import { useT } from "@/lib/i18n/use-t";

/** Each reminder rule of the edition: on or off, and when (days before or after, as the rule says). */
export function ReminderSettingsForm({ editionId, settings }: { editionId: string; settings: ReminderSettings }) {
  const t = useT("adminReminders");
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
          {t("saved")}
        </Alert>
      ) : null}
      <input type="hidden" {...field("editionId")} />
      {rules.map((rule) => (
        <fieldset key={rule} className="grid gap-3 border-b border-line pb-4 md:grid-cols-[1fr_16rem]">
          <legend className="sr-only">{t(`rule.${rule}.label`)}</legend>
          <Checkbox id={`rule-${rule}`} label={t(`rule.${rule}.label`)} {...field(`settings.${rule}.enabled`)} />
          <Input
            id={`offsets-${rule}`}
            label={t("when", { unit: t(`rule.${rule}.unit`) })}
            {...field(`settings.${rule}.offsets`)}
          />
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t("pending")}>{t("save")}</SubmitButton>
    </FormFrame>
  );
}
