"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useFieldArray } from "react-hook-form";
import { Alert } from "@/components/Alert";
import { Button } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { COMMITMENTS } from "@/lib/applications/commitments";
import type { ApplicationInput } from "@/lib/applications/schema";
import { APPLICATION_STEPS } from "@/lib/applications/steps";
import { useT } from "@/lib/i18n/use-t";
import { saveApplicationAction } from "./actions";
import { CommitmentsStep, ContextStep, GoalsStep, MentorsStep, NeedsStep, type StepProps } from "./_form/steps";
import { StepsNav } from "./_form/StepsNav";

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
const MAX_NEEDS = 5;
type NeedInput = { topicId?: string; description?: string; priority?: "HIGH" | "MEDIUM" | "LOW" };
const BLANK_NEED: NeedInput = { topicId: "", description: "", priority: "MEDIUM" };

/**
 * The application: one server-action form holding every step, so it is complete without
 * JavaScript (all steps shown, room for five needs). With JavaScript it shows one step at a time,
 * checks each step before the next, and the needs are a list that grows and shrinks. "Desa
 * l'esborrany" and "Envia" are the form's two submit buttons (`mode`).
 */
export function ApplicationForm({ defaults, commitments, submitted, municipalityName, topics, directory }: Props) {
  const t = useT("application");
  // False in the server's HTML and while hydrating, true once the page's JavaScript runs.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [step, setStep] = useState(0);
  const headingRefs = useRef<(HTMLHeadingElement | null)[]>([]);
  const server = useServerForm({
    action: saveApplicationAction,
    schema: () => import("@/lib/applications/schema").then((m) => m.applicationFormCheckSchema),
    defaults: { ...defaults, needs: padNeeds((defaults.needs ?? []) as NeedInput[]), mode: "draft" },
    onInvalid: (paths) => goTo(stepOf(paths[0])),
  });
  const { form, action, formProps, formError, state } = server;
  const needs = useFieldArray({ control: form.control, name: "needs" as never });
  // With JavaScript the needs list shows the rows written (at least one), not the blank room.
  useEffect(() => {
    const written = ((form.getValues("needs" as never) as unknown as NeedInput[] | undefined) ?? []).filter(
      (n) => n.topicId || n.description?.trim(),
    );
    needs.replace((written.length ? written : [BLANK_NEED]) as never);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the page has hydrated
  }, []);

  const goTo = (index: number) => {
    setStep(index);
    requestAnimationFrame(() => headingRefs.current[index]?.focus());
  };
  const next = async () => {
    if (await server.validateFields(APPLICATION_STEPS[step].fields, { mode: "submit" })) goTo(step + 1);
  };
  const props: StepProps = {
    field: server.field,
    t,
    topics,
    directory,
    commitments,
    municipalityName,
    watchMentors: () => form.watch("preferredMentorIds" as never),
  };
  const steps = [
    <ContextStep key="context" {...props} />,
    <NeedsStep
      key="needs"
      {...props}
      rows={enhanced ? needs.fields.map((f) => f.id) : undefined}
      onAdd={() => needs.append(BLANK_NEED as never)}
      onRemove={(i) => needs.remove(i)}
      max={MAX_NEEDS}
    />,
    <GoalsStep key="goals" {...props} />,
    <MentorsStep key="mentors" {...props} />,
    <CommitmentsStep key="commitments" {...props} />,
  ];
  const last = step === STEP_KEYS.length - 1;
  return (
    <form action={action} {...formProps} className="space-y-6">
      {enhanced ? (
        <StepsNav labels={STEP_KEYS.map((key) => t(`steps.${key}`))} label={t("stepsLabel")} step={step} goTo={goTo} />
      ) : null}
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success" live>
          {state.data.justSubmitted
            ? t("submitted")
            : state.data.status === "SUBMITTED"
              ? t("savedChanges")
              : t("savedDraft")}
        </Alert>
      ) : null}
      {steps.map((content, index) => (
        <section
          key={STEP_KEYS[index]}
          hidden={enhanced && index !== step}
          className="space-y-5 rounded-lg border border-line bg-white p-6"
          aria-labelledby={`step-${index}`}
        >
          <h2
            id={`step-${index}`}
            ref={(el) => void (headingRefs.current[index] = el)}
            tabIndex={-1}
            className="text-xl font-semibold focus:outline-none"
          >
            <span className="block text-sm font-normal text-muted">
              {t("step", { n: index + 1, total: STEP_KEYS.length })}
            </span>
            {t(`steps.${STEP_KEYS[index]}`)}
          </h2>
          {content}
        </section>
      ))}
      <div className="flex flex-wrap gap-3">
        {enhanced && step > 0 ? (
          <Button type="button" variant="secondary" onClick={() => goTo(step - 1)}>
            {t("previous")}
          </Button>
        ) : null}
        {!submitted ? (
          <SubmitButton variant="secondary" pendingLabel={t("saving")} name="mode" value="draft">
            {t("saveDraft")}
          </SubmitButton>
        ) : null}
        {enhanced && !last ? (
          <Button type="button" onClick={() => void next()}>
            {t("next")}
          </Button>
        ) : (
          <SubmitButton pendingLabel={t("saving")} name="mode" value="submit">
            {submitted ? t("saveChanges") : t("submit")}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}

/** Room for up to five needs: the ones written, and blank rows (left out when saved). */
function padNeeds(needs: NeedInput[]) {
  return [...needs, ...Array.from({ length: Math.max(0, MAX_NEEDS - needs.length) }, () => BLANK_NEED)];
}

const noSubscription = () => () => {};

function stepOf(path: string): number {
  const field = path.split(".")[0];
  return Math.max(
    0,
    APPLICATION_STEPS.findIndex((s) => (s.fields as readonly string[]).includes(field)),
  );
}
