"use client";

import { useT } from "@/lib/i18n/use-t";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button, Checkbox, Fieldset, Input, TextArea } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { OfferInput } from "@/lib/offers/schema";
import { saveOfferAction, withdrawOfferAction } from "./actions";

type Props = { defaults: OfferInput; topics: { id: string; name: string }[]; active: boolean };

export function OfferForm({ defaults, topics, active }: Props) {
  const t = useT("offer");
  const tApp = useT("application");
  const router = useRouter();
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const { form, onSubmit, formError, done, error, pending } = useActionForm({
    schema: () => import("@/lib/offers/schema").then((m) => m.offerSchema),
    action: saveOfferAction,
    defaultValues: defaults,
    onSuccess: () => router.refresh(),
  });
  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-line bg-white p-6">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {done ? (
          <Alert tone="success" live>
            {t("saved")}
          </Alert>
        ) : null}
        <Input
          label={t("capacity")}
          help={t("capacityHelp")}
          type="number"
          min={1}
          max={5}
          required
          error={error("capacity")}
          {...form.register("capacity")}
        />
        <Fieldset legend={t("topics")} name="topicIds" error={error("topicIds")} required>
          <div className="grid gap-2 md:grid-cols-2">
            {topics.map((topic) => (
              <Checkbox key={topic.id} value={topic.id} label={topic.name} {...form.register("topicIds")} />
            ))}
          </div>
        </Fieldset>
        <TextArea
          label={t("experience")}
          help={t("experienceHelp")}
          rows={5}
          required
          error={error("experience")}
          {...form.register("experience")}
        />
        <Fieldset legend={t("preferredFormat")} name="preferredFormat" error={error("preferredFormat")} required>
          {(["IN_PERSON", "ONLINE", "MIXED"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                value={value}
                className="h-4 w-4 accent-brand-700"
                {...form.register("preferredFormat")}
              />
              {tApp(`formats.${value}`)}
            </label>
          ))}
        </Fieldset>
        <Input
          label={t("travelArea")}
          help={t("travelAreaHelp")}
          error={error("travelArea")}
          {...form.register("travelArea")}
        />
        <TextArea label={t("notes")} rows={3} error={error("notes")} {...form.register("notes")} />
        <Button pending={pending}>{active ? t("save") : t("confirm")}</Button>
      </form>
      {active ? (
        <div className="space-y-2">
          {withdrawError ? <Alert tone="error">{withdrawError}</Alert> : null}
          <Button
            type="button"
            variant="secondary"
            onClick={async () => {
              if (!window.confirm(t("withdrawConfirm"))) return;
              const result = await withdrawOfferAction({});
              if (!result.ok) setWithdrawError(result.error);
              else router.refresh();
            }}
          >
            {t("withdraw")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
