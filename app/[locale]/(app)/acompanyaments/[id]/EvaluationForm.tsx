"use client";

import { TextArea } from "@/components/form/fields";
import { Radios } from "@/components/form/Radios";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { evaluationAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

const QUESTIONS = [
  ["usefulness", "Utilitat de la mentoria"],
  ["relationship", "Relació entre les dues parts"],
  ["goalsAchieved", "Assoliment dels objectius"],
  ["organisation", "Organització del programa"],
] as const;
const SCALE = ["1", "2", "3", "4", "5"].map((n) => [n, n] as const);

export function EvaluationForm({ mentorshipId }: { mentorshipId: string }) {
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
      <p className="text-sm text-muted">D&apos;1 (gens) a 5 (molt).</p>
      {QUESTIONS.map(([key, label]) => (
        <Radios key={key} field={field} name={key} legend={label} options={SCALE} required inline />
      ))}
      <Radios
        field={field}
        name="wouldRecommend"
        legend="Recomanaríeu el programa a altres municipis?"
        options={[
          ["true", "Sí"],
          ["false", "No"],
        ]}
        required
        inline
      />
      <TextArea label="Comentaris (opcional)" rows={4} {...field("comments")} />
      <SubmitButton pendingLabel="S'està enviant…">Envia la valoració</SubmitButton>
    </FormFrame>
  );
}
