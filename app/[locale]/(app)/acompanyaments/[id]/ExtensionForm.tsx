"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Input, Select, TextArea } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { cancelMentorshipAction, proposeExtensionAction, sendCommunicationAction } from "./actions";

export function ExtensionForm({ mentorshipId, limitText }: { mentorshipId: string; limitText: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.extensionSchema),
    action: proposeExtensionAction,
    defaultValues: { mentorshipId, newEndOn: "", reason: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Input
        label="Nova data de finalització"
        type="date"
        required
        help={limitText}
        error={error("newEndOn")}
        {...form.register("newEndOn")}
      />
      <TextArea
        id="extension-reason"
        label="Motiu de l'ampliació"
        rows={3}
        required
        error={error("reason")}
        {...form.register("reason")}
      />
      <Button pending={pending}>Proposa l&apos;ampliació</Button>
    </form>
  );
}

export function CommunicationForm({ mentorshipId }: { mentorshipId: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, done, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.communicationSchema),
    action: sendCommunicationAction,
    defaultValues: { mentorshipId, kind: "INCIDENT", subject: "", body: "" },
    onSuccess: () => {
      form.reset({ mentorshipId, kind: "INCIDENT", subject: "", body: "" });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? (
        <Alert tone="success" live>
          S&apos;ha enviat la comunicació a la secretaria.
        </Alert>
      ) : null}
      <Select
        label="Tipus"
        options={[
          { value: "INCIDENT", label: "Incidència" },
          { value: "END_DATE_CHANGE", label: "Canvi de la data de finalització" },
          { value: "OTHER", label: "Altres" },
        ]}
        error={error("kind")}
        {...form.register("kind")}
      />
      <Input label="Assumpte" required error={error("subject")} {...form.register("subject")} />
      <TextArea label="Missatge" rows={4} required error={error("body")} {...form.register("body")} />
      <Button pending={pending}>Envia a la secretaria</Button>
    </form>
  );
}

export function CancelForm({ mentorshipId }: { mentorshipId: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.cancelSchema),
    action: cancelMentorshipAction,
    defaultValues: { mentorshipId, reason: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form
      onSubmit={(e) => {
        if (
          !window.confirm("Segur que voleu finalitzar l'acompanyament abans d'hora? Totes les parts en rebran l'avís.")
        ) {
          e.preventDefault();
          return;
        }
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextArea
        id="cancel-reason"
        label="Motiu"
        rows={3}
        required
        error={error("reason")}
        {...form.register("reason")}
      />
      <Button variant="danger" pending={pending}>
        Finalitza l&apos;acompanyament
      </Button>
    </form>
  );
}
