"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Fieldset, TextArea } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { evaluationAction } from "./actions";

const QUESTIONS = [
  ["usefulness", "Utilitat de la mentoria"],
  ["relationship", "Relació entre les dues parts"],
  ["goalsAchieved", "Assoliment dels objectius"],
  ["organisation", "Organització del programa"],
] as const;

export function EvaluationForm({ mentorshipId }: { mentorshipId: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.evaluationSchema),
    action: evaluationAction,
    defaultValues: {
      mentorshipId,
      usefulness: "",
      relationship: "",
      goalsAchieved: "",
      organisation: "",
      comments: "",
      wouldRecommend: "" as never,
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <p className="text-sm text-muted">D&apos;1 (gens) a 5 (molt).</p>
      {QUESTIONS.map(([key, label]) => (
        <Fieldset key={key} legend={label} name={key} error={error(key)} required>
          <div className="flex gap-4">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="flex items-center gap-1">
                <input type="radio" value={String(n)} className="h-4 w-4 accent-brand-700" {...form.register(key)} />
                {n}
              </label>
            ))}
          </div>
        </Fieldset>
      ))}
      <Fieldset
        legend="Recomanaríeu el programa a altres municipis?"
        name="wouldRecommend"
        error={error("wouldRecommend")}
        required
      >
        <div className="flex gap-4">
          <label className="flex items-center gap-1">
            <input
              type="radio"
              value="true"
              className="h-4 w-4 accent-brand-700"
              {...form.register("wouldRecommend")}
            />
            Sí
          </label>
          <label className="flex items-center gap-1">
            <input
              type="radio"
              value="false"
              className="h-4 w-4 accent-brand-700"
              {...form.register("wouldRecommend")}
            />
            No
          </label>
        </div>
      </Fieldset>
      <TextArea label="Comentaris (opcional)" rows={4} error={error("comments")} {...form.register("comments")} />
      <Button pending={pending}>Envia la valoració</Button>
    </form>
  );
}
