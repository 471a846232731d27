"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Checkbox, TextArea } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { replyCommunicationAction } from "./actions";

/** A reply of the secretariat (with "close"), or a follow-up of the sender. */
export function ReplyForm({ communicationId, secretariat }: { communicationId: string; secretariat: boolean }) {
  const router = useRouter();
  const { form, onSubmit, formError, done, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.replySchema),
    action: replyCommunicationAction,
    defaultValues: { communicationId, body: "", close: false },
    onSuccess: () => {
      form.reset({ communicationId, body: "", close: false });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? (
        <Alert tone="success" live>
          {secretariat ? "S'ha enviat la resposta per correu." : "S'ha enviat el missatge a la secretaria."}
        </Alert>
      ) : null}
      <TextArea
        id={`reply-${communicationId}`}
        label={secretariat ? "Resposta (s'enviarà per correu)" : "Afegeix un missatge"}
        rows={3}
        error={error("body")}
        {...form.register("body")}
      />
      {secretariat ? (
        <Checkbox id={`close-${communicationId}`} label="Tanca la comunicació" {...form.register("close")} />
      ) : null}
      <Button pending={pending}>{secretariat ? "Respon" : "Envia"}</Button>
    </form>
  );
}
