"use client";

import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import { confirmCompletionAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

/** A party confirms the mentorship is complete; before the agreed end date, with the reason (kept for the secretariat). */
export function CompletionForm({
  mentorshipId,
  early,
  endText,
}: {
  mentorshipId: string;
  early: boolean;
  endText: string;
}) {
  const t = useT("mentorshipForms");
  const server = useServerForm({
    action: confirmCompletionAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.completionSchema),
    defaults: { mentorshipId, reason: "" },
  });
  const { field } = server;
  return (
    <FormFrame server={server} className="space-y-3">
      <input type="hidden" {...field("mentorshipId")} />
      {early ? (
        <TextArea
          label={t("earlyReason")}
          help={t("earlyHelp", { end: endText })}
          rows={3}
          required
          {...field("reason")}
        />
      ) : null}
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("confirmComplete")}
      </SubmitButton>
    </FormFrame>
  );
}
