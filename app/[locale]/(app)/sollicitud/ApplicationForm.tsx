"use client";

import { useT } from "@/lib/i18n/use-t";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/Alert";
import { Button, Checkbox, Fieldset, Input, Select, TextArea } from "@/components/form/fields";
import { serverIssues, useFormFields } from "@/components/form/use-form-fields";
import type { ApplicationInput } from "@/lib/applications/schema";
import type { COMMITMENTS } from "@/lib/applications/commitments";
import { APPLICATION_STEPS } from "@/lib/applications/steps";
import { saveApplicationAction } from "./actions";

type Props = {
  defaults: ApplicationInput;
  /** The commitments' texts come with the page (content, not code). */
  commitments: typeof COMMITMENTS;
  submitted: boolean;
  municipalityName: string;
  topics: { id: string; name: string }[];
  directory: { id: string; name: string; municipality: string; topics: string }[];
};

const STEP_KEYS = APPLICATION_STEPS.map((s) => s.key);
type StepKey = (typeof STEP_KEYS)[number];

function stepOf(path: string): number {
  const field = path.split(".")[0];
  return Math.max(
    0,
    APPLICATION_STEPS.findIndex((s) => (s.fields as readonly string[]).includes(field)),
  );
}

export function ApplicationForm({ defaults, commitments, submitted, municipalityName, topics, directory }: Props) {
  const t = useT("application");
  const router = useRouter();
  const [step, setStep] = useState(0);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useFormFields<ApplicationInput>(defaults);
  const { register, error, setIssues, showIssues, clearErrors, getValues } = form;
  const needs = form.fieldArray("needs");
  const chosen = form.watch("preferredMentorIds");
  const chosenMentors = Array.isArray(chosen) ? chosen.map(String) : typeof chosen === "string" ? [chosen] : [];

  const goTo = (index: number) => {
    setStep(index);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  /** Validates the fields of the current step with the submission schema; returns true when clean. */
  // The submission schema (and zod) load on the first check, not with the page.
  const submitSchema = () => import("@/lib/applications/schema").then((m) => m.applicationSubmitSchema);

  const validateStep = async (index: number) => {
    clearErrors();
    const result = (await submitSchema()).safeParse(getValues());
    if (result.success) return true;
    const fields = APPLICATION_STEPS[index].fields as readonly string[];
    const issues = result.error.issues.filter((i) => fields.includes(String(i.path[0])));
    showIssues(issues);
    return issues.length === 0;
  };

  const save = async (mode: "draft" | "submit") => {
    setMessage(null);
    if (mode === "submit") {
      clearErrors();
      const result = (await submitSchema()).safeParse(getValues());
      if (!result.success) {
        setIssues(result.error.issues);
        goTo(stepOf(result.error.issues[0].path.join(".")));
        setMessage({ tone: "error", text: t("fixErrors") });
        return;
      }
    }
    setPending(true);
    const result = await saveApplicationAction({ mode, values: getValues() as Record<string, unknown> });
    setPending(false);
    if (!result.ok) {
      const paths = Object.keys(setIssues(serverIssues(result.fieldErrors)));
      if (paths.length) goTo(stepOf(paths[0]));
      setMessage({ tone: "error", text: result.error });
      return;
    }
    setMessage({
      tone: "success",
      text: mode === "draft" && !submitted ? t("savedDraft") : submitted ? t("savedChanges") : t("submitted"),
    });
    router.refresh();
  };

  const last = step === STEP_KEYS.length - 1;
  const stepKey: StepKey = STEP_KEYS[step];
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!last) {
          if (await validateStep(step)) goTo(step + 1);
          return;
        }
        void save("submit");
      }}
      className="space-y-6"
    >
      <nav aria-label={t("stepsLabel")}>
        <ol className="flex flex-wrap gap-2 text-sm">
          {STEP_KEYS.map((key, index) => (
            <li key={key}>
              <button
                type="button"
                onClick={() => goTo(index)}
                aria-current={index === step ? "step" : undefined}
                className={`rounded-full border px-3 py-1 ${index === step ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white text-ink"}`}
              >
                {index + 1}. {t(`steps.${key}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      {message ? (
        <Alert tone={message.tone} live>
          {message.text}
        </Alert>
      ) : null}

      <section className="space-y-5 rounded-lg border border-line bg-white p-6" aria-labelledby="step-heading">
        <h2 id="step-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
          <span className="block text-sm font-normal text-muted">
            {t("step", { n: step + 1, total: STEP_KEYS.length })}
          </span>
          {t(`steps.${stepKey}`)}
        </h2>

        {stepKey === "context" ? (
          <>
            <p>{t("municipality", { name: municipalityName })}</p>
            <Input
              label={t("municipalitySize")}
              inputMode="numeric"
              error={error("municipalitySize")}
              {...register("municipalitySize")}
            />
            <Fieldset legend={t("policyStage")} name="policyStage" error={error("policyStage")} required>
              {(["NONE", "EMERGING", "DEVELOPING"] as const).map((value) => (
                <label key={value} className="flex items-center gap-2">
                  <input type="radio" value={value} className="h-4 w-4 accent-brand-700" {...register("policyStage")} />
                  {t(`policyStages.${value}`)}
                </label>
              ))}
            </Fieldset>
            <TextArea
              label={t("currentPolicy")}
              help={t("currentPolicyHelp")}
              required
              error={error("currentPolicy")}
              {...register("currentPolicy")}
            />
            <Fieldset legend={t("hasPlan")} name="hasPlan" error={error("hasPlan")} required>
              {[
                ["true", t("yes")],
                ["false", t("no")],
              ].map(([value, label]) => (
                <label key={value} className="flex items-center gap-2">
                  <input type="radio" value={value} className="h-4 w-4 accent-brand-700" {...register("hasPlan")} />
                  {label}
                </label>
              ))}
            </Fieldset>
            <TextArea label={t("planDetails")} rows={3} error={error("planDetails")} {...register("planDetails")} />
            <Input label={t("budget")} error={error("budget")} {...register("budget")} />
            <Input label={t("team")} error={error("team")} {...register("team")} />
          </>
        ) : null}

        {stepKey === "needs" ? (
          <>
            <p className="text-muted">{t("needsHelp")}</p>
            {error("needs") ? (
              <p role="alert" className="font-medium text-danger">
                {error("needs")}
              </p>
            ) : null}
            {needs.fields.map((field, index) => (
              <fieldset key={field.key} className="space-y-3 rounded border border-line p-4">
                <legend className="px-1 font-semibold">{t("needN", { n: index + 1 })}</legend>
                <Select
                  label={t("needTopic")}
                  placeholder={t("needTopicPlaceholder")}
                  options={topics.map((topic) => ({ value: topic.id, label: topic.name }))}
                  required
                  error={error(`needs.${index}.topicId`)}
                  {...register(`needs.${index}.topicId`)}
                />
                <TextArea
                  label={t("needDescription")}
                  rows={3}
                  required
                  error={error(`needs.${index}.description`)}
                  {...register(`needs.${index}.description`)}
                />
                <Select
                  label={t("needPriority")}
                  options={(["HIGH", "MEDIUM", "LOW"] as const).map((p) => ({ value: p, label: t(`priorities.${p}`) }))}
                  error={error(`needs.${index}.priority`)}
                  {...register(`needs.${index}.priority`)}
                />
                {needs.fields.length > 1 ? (
                  <button
                    type="button"
                    className="text-sm font-semibold text-danger underline"
                    onClick={() => needs.remove(index)}
                  >
                    {t("removeNeed", { n: index + 1 })}
                  </button>
                ) : null}
              </fieldset>
            ))}
            {needs.fields.length < 5 ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => needs.append({ topicId: "", description: "", priority: "MEDIUM" })}
              >
                {t("addNeed")}
              </Button>
            ) : null}
          </>
        ) : null}

        {stepKey === "goals" ? (
          <>
            <TextArea label={t("goals")} rows={5} required error={error("goals")} {...register("goals")} />
            <TextArea
              label={t("availability")}
              help={t("availabilityHelp")}
              rows={3}
              required
              error={error("availability")}
              {...register("availability")}
            />
            <Fieldset
              legend={t("preferredFormat")}
              help={t("formatNote")}
              name="preferredFormat"
              error={error("preferredFormat")}
              required
            >
              {(["IN_PERSON", "ONLINE", "MIXED"] as const).map((value) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    value={value}
                    className="h-4 w-4 accent-brand-700"
                    {...register("preferredFormat")}
                  />
                  {t(`formats.${value}`)}
                </label>
              ))}
            </Fieldset>
          </>
        ) : null}

        {stepKey === "mentors" ? (
          <Fieldset
            legend={t("steps.mentors")}
            help={t("mentorsHelp")}
            name="preferredMentorIds"
            error={error("preferredMentorIds")}
          >
            {directory.length === 0 ? <p>{t("noMentors")}</p> : null}
            {directory.map((mentor) => (
              <Checkbox
                key={mentor.id}
                value={mentor.id}
                label={`${mentor.name} (${mentor.municipality})`}
                help={t("mentorTopics", { topics: mentor.topics })}
                disabled={!chosenMentors.includes(mentor.id) && chosenMentors.length >= 3}
                {...register("preferredMentorIds")}
              />
            ))}
          </Fieldset>
        ) : null}

        {stepKey === "commitments" ? (
          <Fieldset legend={t("steps.commitments")} help={t("commitmentsHelp")} name="commitments" required>
            {commitments.map(([key, text]) => (
              <Checkbox
                key={key}
                label={text}
                error={error(`commitments.${key}`)}
                {...register(`commitments.${key}`)}
              />
            ))}
          </Fieldset>
        ) : null}
      </section>

      <div className="flex flex-wrap gap-3">
        {step > 0 ? (
          <Button type="button" variant="secondary" onClick={() => goTo(step - 1)}>
            {t("previous")}
          </Button>
        ) : null}
        {!submitted ? (
          <Button type="button" variant="secondary" pending={pending} onClick={() => void save("draft")}>
            {t("saveDraft")}
          </Button>
        ) : null}
        <Button pending={pending && last}>{last ? (submitted ? t("saveChanges") : t("submit")) : t("next")}</Button>
      </div>
    </form>
  );
}
