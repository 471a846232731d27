"use client";

import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { publishAction, requestChangesAction } from "./actions";

/** The secretariat publishes a submitted fitxa, or asks its author for changes. */
export function ReviewForm({ sheetId }: { sheetId: string }) {
  const { field, formProps, formError } = useServerForm({
    action: requestChangesAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.reviewSchema),
    defaults: { sheetId, note: "" },
  });
  return (
    <div className="space-y-6">
      <ActionButton
        action={publishAction}
        input={{ sheetId }}
        label="Publica la fitxa"
        confirm="Es publicarà al catàleg públic de fitxes. Voleu continuar?"
        confirmLabel="Sí, publica-la"
      />
      <form {...formProps} className="space-y-3">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <input type="hidden" {...field("sheetId")} />
        <TextArea
          label="Canvis que demaneu"
          help="La persona en rebrà un correu amb aquest text."
          rows={4}
          {...field("note")}
        />
        <SubmitButton variant="secondary" pendingLabel="S'està enviant…">
          Demana canvis
        </SubmitButton>
      </form>
    </div>
  );
}
