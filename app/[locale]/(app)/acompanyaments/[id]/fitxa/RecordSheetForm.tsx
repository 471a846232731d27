"use client";

import { Alert } from "@/components/Alert";
import { Checkbox, Fieldset, Input, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import type { RecordSheetInput } from "@/lib/mentorships/schema";
import { saveRecordSheetAction } from "../actions";
import { FormFrame } from "@/components/form/FormFrame";

const FIELDS = [
  ["context", "fContext"],
  ["objectives", "fObjectives"],
  ["activities", "fActivities"],
  ["results", "fResults"],
  ["lessons", "fLessons"],
] as const;

/** The mentee's fitxa: saved as a draft at any time, or sent to the secretariat for review when complete. */
export function RecordSheetForm({
  mentorshipId,
  defaults,
  topics,
}: {
  mentorshipId: string;
  defaults: RecordSheetInput;
  topics: { id: string; name: string }[];
}) {
  const t = useT("mentorshipForms");
  const server = useServerForm({
    action: saveRecordSheetAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.recordSheetFormSchema),
    defaults: { mentorshipId, mode: "", values: { ...defaults, topicIds: defaults.topicIds || [] } },
  });
  const { field, state } = server;
  const saved = state?.ok ? state.data : null;
  return (
    <FormFrame server={server} className="space-y-5 rounded-lg border border-line bg-white p-6">
      {saved ? (
        <Alert tone="success" live>
          {t(saved.submitted ? "fitxaSubmitted" : "fitxaSaved")}
        </Alert>
      ) : null}
      <input type="hidden" {...field("mentorshipId")} />
      <Input label={t("fitxaTitle")} required {...field("values.title")} />
      {FIELDS.map(([key, label]) => (
        <TextArea key={key} label={t(label)} help={t(`${label}Help`)} rows={5} required {...field(`values.${key}`)} />
      ))}
      <TextArea label={t("fResources")} help={t("fResourcesHelp")} rows={3} {...field("values.resources")} />
      <Fieldset legend={t("fTopics")} name="values.topicIds" error={field("values.topicIds").error} required>
        <div className="grid gap-2 md:grid-cols-2">
          {topics.map((topic) => (
            <Checkbox key={topic.id} label={topic.name} {...field("values.topicIds", { value: topic.id })} />
          ))}
        </div>
      </Fieldset>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="mode" value="draft" variant="secondary" pendingLabel={t("saving")}>
          {t("saveDraft")}
        </SubmitButton>
        <SubmitButton name="mode" value="submit" pendingLabel={t("sending")}>
          {t("submitFitxa")}
        </SubmitButton>
      </div>
    </FormFrame>
  );
}
