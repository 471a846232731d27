"use client";

import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/ActionButton";
import { Alert } from "@/components/Alert";
import { Button, TextArea } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { publishAction, requestChangesAction } from "./actions";

export function ReviewForm({ sheetId }: { sheetId: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.reviewSchema),
    action: requestChangesAction,
    defaultValues: { sheetId, note: "" },
    onSuccess: () => router.refresh(),
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
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <TextArea
          label="Canvis que demaneu"
          help="La persona en rebrà un correu amb aquest text."
          rows={4}
          error={error("note")}
          {...form.register("note")}
        />
        <Button variant="secondary" pending={pending}>
          Demana canvis
        </Button>
      </form>
    </div>
  );
}
