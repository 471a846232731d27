"use client";

import { Checkbox } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { EditionPhase } from "@/lib/generated/prisma/enums";
import { changePhaseAction } from "../../actions";
import { FormFrame } from "@/components/form/FormFrame";
import { useT } from "@/lib/i18n/use-t";

/** The phase change's confirmation: a form, so it also works without JavaScript; with warnings, an explicit acknowledgement. */
export function ConfirmPhaseChange({
  editionId,
  from,
  to,
  locale,
  label,
  warned,
}: {
  editionId: string;
  from: EditionPhase;
  to: EditionPhase;
  locale: string;
  label: string;
  warned: boolean;
}) {
  const t = useT("adminPhase");
  const server = useServerForm({
    action: changePhaseAction,
    schema: async () => (await import("@/lib/editions/phase-change-schema")).phaseChangeSchema,
    defaults: { editionId, from, to, acknowledged: false },
  });
  const { field } = server;
  return (
    <FormFrame server={server} className="space-y-4">
      <input type="hidden" {...field("editionId")} />
      <input type="hidden" {...field("from")} />
      <input type="hidden" {...field("to")} />
      <input type="hidden" name="redirectTo" value={`/${locale}/secretaria/convocatories/${editionId}`} />
      {warned ? <Checkbox label={t("acknowledge")} {...field("acknowledged")} /> : null}
      <SubmitButton pendingLabel={t("pending")}>{label}</SubmitButton>
    </FormFrame>
  );
}
