"use client";

import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
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
    </FormFrame>
  );
}
