"use client";

import { Alert } from "@/components/Alert";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { confirmCompletionAction } from "./actions";

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
  const { field, formProps, formError } = useServerForm({
    action: confirmCompletionAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.completionSchema),
    defaults: { mentorshipId, reason: "" },
  });
  return (
    <form {...formProps} className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <input type="hidden" {...field("mentorshipId")} />
      {early ? (
        <TextArea
          label="Per què acabeu abans de la data pactada?"
          help={`La data pactada és el ${endText}. La secretaria en guarda el motiu.`}
          rows={3}
          required
          {...field("reason")}
        />
      ) : null}
      <SubmitButton variant="secondary" pendingLabel="S'està desant…">
        Confirmo que l&apos;acompanyament s&apos;ha completat
      </SubmitButton>
    </form>
  );
}
