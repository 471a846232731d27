"use client";

import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Checkbox, Fieldset, Input, TextArea } from "@/components/form/fields";
import { Radios } from "@/components/form/Radios";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import type { OfferInput } from "@/lib/offers/schema";
import { saveOfferAction, withdrawOfferAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

type Props = { defaults: OfferInput; topics: { id: string; name: string }[]; active: boolean };

/** A mentor's availability for the edition: confirmed (or changed) here, or withdrawn. */
export function OfferForm({ defaults, topics, active }: Props) {
  const t = useT("offer");
  const tApp = useT("application");
  const server = useServerForm({
    action: saveOfferAction,
    schema: () => import("@/lib/offers/schema").then((m) => m.offerSchema),
    defaults: { ...defaults, capacity: String(defaults.capacity ?? "") },
  });
  const { field, done } = server;
  return (
    <div className="space-y-6">
      <FormFrame server={server} className="space-y-5 rounded-lg border border-line bg-white p-6">
        {done ? (
          <Alert tone="success" live>
            {t("saved")}
          </Alert>
        ) : null}
        <Input
          label={t("capacity")}
          help={t("capacityHelp")}
          type="number"
          inputMode="numeric"
          min={1}
          max={5}
          required
          {...field("capacity")}
        />
        <Fieldset legend={t("topics")} name="topicIds" error={field("topicIds").error} required>
          <div className="grid gap-2 md:grid-cols-2">
            {topics.map((topic) => (
              <Checkbox key={topic.id} label={topic.name} {...field("topicIds", { value: topic.id })} />
            ))}
          </div>
        </Fieldset>
        <TextArea label={t("experience")} help={t("experienceHelp")} rows={5} required {...field("experience")} />
        <Radios
          field={field}
          name="preferredFormat"
          legend={t("preferredFormat")}
          required
          options={(["IN_PERSON", "ONLINE", "MIXED"] as const).map(
            (value) => [value, tApp(`formats.${value}`)] as const,
          )}
        />
        <Input label={t("travelArea")} help={t("travelAreaHelp")} {...field("travelArea")} />
        <TextArea label={t("notes")} rows={3} {...field("notes")} />
        <SubmitButton pendingLabel={t("saving")}>{active ? t("save") : t("confirm")}</SubmitButton>
      </FormFrame>
      {active ? (
        <ActionButton
          action={withdrawOfferAction}
          input={{}}
          label={t("withdraw")}
          confirm={t("withdrawConfirm")}
          confirmLabel={t("withdrawYes")}
          variant="secondary"
        />
      ) : null}
    </div>
  );
}
