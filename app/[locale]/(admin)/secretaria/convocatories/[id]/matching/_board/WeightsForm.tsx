"use client";

import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import type { Weights } from "@/lib/matching/weights";
import { saveWeightsAction } from "../actions";

const CRITERIA: (keyof Weights)[] = ["topics", "preferred", "proximity", "size", "balance"];

/** The criteria's weights of this edition's ranking and suggestion. */
export function WeightsForm({ editionId, weights }: { editionId: string; weights: Weights }) {
  const t = useT("adminMatching.weights");
  const { field, action, formProps, formError, done } = useServerForm({
    action: saveWeightsAction,
    schema: () => import("@/lib/matching/weights").then((m) => m.weightsFormSchema),
    defaults: { editionId, weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, String(v)])) },
  });
  return (
    <form action={action} {...formProps} className="space-y-3 rounded-lg border border-line bg-white p-5">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-muted">{t("help")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? (
        <Alert tone="success" live>
          {t("saved")}
        </Alert>
      ) : null}
      <input type="hidden" {...field("editionId")} />
      {CRITERIA.map((key) => (
        <Input key={key} label={t(key)} type="number" min={0} max={100} {...field(`weights.${key}`)} />
      ))}
      <SubmitButton pendingLabel={t("pending")}>{t("save")}</SubmitButton>
    </form>
  );
}
