"use client";

import { TextArea } from "@/components/form/fields";
import { Radios } from "@/components/form/Radios";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import { EVALUATION_QUESTIONS } from "@/lib/mentorships/evaluation-questions";
import { evaluationAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

const SCALE = ["1", "2", "3", "4", "5"].map((n) => [n, n] as const);

export function EvaluationForm({ mentorshipId }: { mentorshipId: string }) {
  const t = useT("mentorshipForms");
  const server = useServerForm({
    action: evaluationAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.evaluationSchema),
    defaults: {
      mentorshipId,
      usefulness: "",
      relationship: "",
      goalsAchieved: "",
      organisation: "",
      comments: "",
      wouldRecommend: "",
    },
  });
  const { field } = server;
  return (
    <FormFrame server={server} className="space-y-5">
      <input type="hidden" {...field("mentorshipId")} />
      <p className="text-sm text-muted">{t("scale")}</p>
      {EVALUATION_QUESTIONS.map((key) => (
        <Radios key={key} field={field} name={key} legend={t(`question.${key}`)} options={SCALE} required inline />
      ))}
      <Radios
        field={field}
        name="wouldRecommend"
        legend={t("recommend")}
        options={[
          ["true", t("yes")],
          ["false", t("no")],
        ]}
        required
        inline
      />
      <TextArea label={t("comments")} rows={4} {...field("comments")} />
      <SubmitButton pendingLabel={t("sending")}>{t("sendEvaluation")}</SubmitButton>
    </FormFrame>
  );
}
