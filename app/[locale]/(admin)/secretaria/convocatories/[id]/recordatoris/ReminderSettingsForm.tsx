"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button, Checkbox, Input } from "@/components/form/fields";
import { REMINDER_RULES, type ReminderRule, type ReminderSettings } from "@/lib/reminders/rule-list";
import { saveReminderSettingsAction } from "./actions";

export function ReminderSettingsForm({ editionId, settings }: { editionId: string; settings: ReminderSettings }) {
  const router = useRouter();
  const [values, setValues] = useState(
    Object.fromEntries(
      Object.entries(settings).map(([rule, s]) => [rule, { enabled: s.enabled, offsets: s.offsets.join(", ") }]),
    ) as Record<ReminderRule, { enabled: boolean; offsets: string }>,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  return (
    <form
      noValidate
      className="space-y-5 rounded-lg border border-line bg-white p-6"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = Object.fromEntries(
          Object.entries(values).map(([rule, v]) => [
            rule,
            {
              enabled: v.enabled,
              offsets: v.offsets
                .split(/[\s,;]+/)
                .filter(Boolean)
                .map(Number),
            },
          ]),
        );
        const result = await saveReminderSettingsAction({ editionId, settings: parsed });
        if (!result.ok) {
          const fieldErrors: Record<string, string> = {};
          for (const key of Object.keys(result.fieldErrors ?? {}))
            fieldErrors[key.split(".")[1] ?? key] =
              "Indiqueu d'1 a 5 nombres de dies (de 0 a 365), separats per comes.";
          setErrors(fieldErrors);
          return setMessage({ tone: "error", text: result.error });
        }
        setErrors({});
        setMessage({ tone: "success", text: "S'han desat els recordatoris." });
        router.refresh();
      }}
    >
      {message ? (
        <Alert tone={message.tone} live>
          {message.text}
        </Alert>
      ) : null}
      {(Object.keys(REMINDER_RULES) as ReminderRule[]).map((rule) => (
        <fieldset key={rule} className="grid gap-3 border-b border-line pb-4 md:grid-cols-[1fr_16rem]">
          <legend className="sr-only">{REMINDER_RULES[rule].label}</legend>
          <Checkbox
            id={`rule-${rule}`}
            name={`rule-${rule}`}
            label={REMINDER_RULES[rule].label}
            checked={values[rule].enabled}
            onChange={(e) => setValues({ ...values, [rule]: { ...values[rule], enabled: e.target.checked } })}
          />
          <Input
            id={`offsets-${rule}`}
            name={`offsets-${rule}`}
            label={`Quan (${REMINDER_RULES[rule].unit})`}
            value={values[rule].offsets}
            error={errors[rule]}
            onChange={(e) => setValues({ ...values, [rule]: { ...values[rule], offsets: e.target.value } })}
          />
        </fieldset>
      ))}
      <Button>Desa els recordatoris</Button>
    </form>
  );
}
