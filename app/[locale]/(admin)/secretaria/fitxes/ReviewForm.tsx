"use client";

import { ActionButton } from "@/components/ActionButton";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { publishAction, requestChangesAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

/** The secretariat publishes a submitted fitxa, or asks its author for changes. */
export function ReviewForm({ sheetId }: { sheetId: string }) {
  const server = useServerForm({
    action: requestChangesAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.reviewSchema),
    defaults: { sheetId, note: "" },
  });
  const { field } = server;
  return (
    <div className="space-y-6">
      <ActionButton
        action={publishAction}
        input={{ sheetId }}
        label="Publica la fitxa"
        confirm="Es publicarà al catàleg públic de fitxes. Voleu continuar?"
        confirmLabel="Sí, publica-la"
      />
      <FormFrame server={server} className="space-y-3">
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
      </FormFrame>
    </div>
  );
}
