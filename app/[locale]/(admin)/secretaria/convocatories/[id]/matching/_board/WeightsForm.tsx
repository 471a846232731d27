"use client";

import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { WEIGHT_LABELS } from "@/lib/matching/weight-labels";
import type { Weights } from "@/lib/matching/weights";
import { saveWeightsAction } from "../actions";

/** The criteria's weights of this edition's ranking and suggestion. */
export function WeightsForm({ editionId, weights }: { editionId: string; weights: Weights }) {
  const { field, action, formProps, formError, done } = useServerForm({
    action: saveWeightsAction,
    schema: () => import("@/lib/matching/weights").then((m) => m.weightsFormSchema),
    defaults: { editionId, weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, String(v)])) },
  });
  return (
    <form action={action} {...formProps} className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 className="text-lg font-semibold">Pesos dels criteris</h2>
      <p className="text-sm text-muted">De 0 a 100. Compten en proporció a la seva suma.</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? (
        <Alert tone="success" live>
          S&apos;han desat els pesos.
        </Alert>
      ) : null}
      <input type="hidden" {...field("editionId")} />
      {(Object.keys(WEIGHT_LABELS) as (keyof Weights)[]).map((key) => (
        <Input key={key} label={WEIGHT_LABELS[key]} type="number" min={0} max={100} {...field(`weights.${key}`)} />
      ))}
      <SubmitButton pendingLabel="S'està desant…">Desa els pesos</SubmitButton>
    </form>
  );
}
