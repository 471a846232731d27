"use client";

import { Button, Checkbox, Fieldset, Input, Select, TextArea } from "@/components/form/fields";
import { Radios, type Field } from "@/components/form/Radios";
import type { COMMITMENTS } from "@/lib/applications/commitments";

export type StepProps = {
  field: Field;
  t: (key: string, values?: Record<string, string | number>) => string;
  topics: { id: string; name: string }[];
  directory: { id: string; name: string; municipality: string; topics: string }[];
  commitments: typeof COMMITMENTS;
  municipalityName: string;
  /** To watch the mentors chosen (at most three). */
  watchMentors: () => unknown;
};

export function ContextStep({ field, t, municipalityName }: StepProps) {
  return (
    <>
      <p>{t("municipality", { name: municipalityName })}</p>
      <Input label={t("municipalitySize")} inputMode="numeric" {...field("municipalitySize")} />
      <Fieldset legend={t("policyStage")} name="policyStage" error={field("policyStage").error} required>
        <Radios
          field={field}
          name="policyStage"
          options={(["NONE", "EMERGING", "DEVELOPING"] as const).map((v) => [v, t(`policyStages.${v}`)])}
        />
      </Fieldset>
      <TextArea label={t("currentPolicy")} help={t("currentPolicyHelp")} required {...field("currentPolicy")} />
      <Fieldset legend={t("hasPlan")} name="hasPlan" error={field("hasPlan").error} required>
        <Radios
          field={field}
          name="hasPlan"
          options={[
            ["true", t("yes")],
            ["false", t("no")],
          ]}
        />
      </Fieldset>
      <TextArea label={t("planDetails")} rows={3} {...field("planDetails")} />
      <Input label={t("budget")} {...field("budget")} />
      <Input label={t("team")} {...field("team")} />
    </>
  );
}

type NeedsProps = StepProps & { rows?: string[]; onAdd: () => void; onRemove: (index: number) => void; max: number };

/** The needs: without JavaScript, room for all five; with it, the rows written and "add" and "remove". */
export function NeedsStep({ field, t, topics, rows, onAdd, onRemove, max }: NeedsProps) {
  const keys = rows ?? Array.from({ length: max }, (_, i) => String(i));
  const needsError = field("needs").error;
  return (
    <>
      <p className="text-muted">{t("needsHelp")}</p>
      {needsError ? (
        <p role="alert" className="font-medium text-danger">
          {needsError}
        </p>
      ) : null}
      {keys.map((key, index) => (
        <fieldset key={key} className="space-y-3 rounded border border-line p-4">
          <legend className="px-1 font-semibold">{t("needN", { n: index + 1 })}</legend>
          <Select
            label={t("needTopic")}
            placeholder={t("needTopicPlaceholder")}
            options={topics.map((topic) => ({ value: topic.id, label: topic.name }))}
            required={index === 0}
            {...field(`needs.${index}.topicId`)}
          />
          <TextArea
            label={t("needDescription")}
            rows={3}
            required={index === 0}
            {...field(`needs.${index}.description`)}
          />
          <Select
            label={t("needPriority")}
            options={(["HIGH", "MEDIUM", "LOW"] as const).map((p) => ({ value: p, label: t(`priorities.${p}`) }))}
            {...field(`needs.${index}.priority`)}
          />
          {rows && rows.length > 1 ? (
            <button
              type="button"
              className="text-sm font-semibold text-danger underline"
              onClick={() => onRemove(index)}
            >
              {t("removeNeed", { n: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      {rows && rows.length < max ? (
        <Button type="button" variant="secondary" onClick={onAdd}>
          {t("addNeed")}
        </Button>
      ) : null}
    </>
  );
}

export function GoalsStep({ field, t }: StepProps) {
  return (
    <>
      <TextArea label={t("goals")} rows={5} required {...field("goals")} />
      <TextArea label={t("availability")} help={t("availabilityHelp")} rows={3} required {...field("availability")} />
      <Fieldset
        legend={t("preferredFormat")}
        help={t("formatNote")}
        name="preferredFormat"
        error={field("preferredFormat").error}
        required
      >
        <Radios
          field={field}
          name="preferredFormat"
          options={(["IN_PERSON", "ONLINE", "MIXED"] as const).map((v) => [v, t(`formats.${v}`)])}
        />
      </Fieldset>
    </>
  );
}

export function MentorsStep({ field, t, directory, watchMentors }: StepProps) {
  const chosen = watchMentors() ?? [];
  const chosenIds = Array.isArray(chosen) ? chosen.map(String) : typeof chosen === "string" ? [chosen] : [];
  return (
    <Fieldset
      legend={t("steps.mentors")}
      help={t("mentorsHelp")}
      name="preferredMentorIds"
      error={field("preferredMentorIds").error}
    >
      {directory.length === 0 ? <p>{t("noMentors")}</p> : null}
      {directory.map((mentor) => (
        <Checkbox
          key={mentor.id}
          label={`${mentor.name} (${mentor.municipality})`}
          help={t("mentorTopics", { topics: mentor.topics })}
          disabled={!chosenIds.includes(mentor.id) && chosenIds.length >= 3}
          {...field("preferredMentorIds", { value: mentor.id })}
        />
      ))}
    </Fieldset>
  );
}

export function CommitmentsStep({ field, t, commitments }: StepProps) {
  return (
    <Fieldset legend={t("steps.commitments")} help={t("commitmentsHelp")} name="commitments" required>
      {commitments.map((key) => (
        <Checkbox key={key} label={t(`commitmentTexts.${key}`)} {...field(`commitments.${key}`)} />
      ))}
    </Fieldset>
  );
}
