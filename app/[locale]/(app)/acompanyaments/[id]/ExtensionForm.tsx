"use client";

import { Alert } from "@/components/Alert";
import { Input, Select, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { cancelMentorshipAction, proposeExtensionAction, sendCommunicationAction } from "./actions";
import { FormFrame, type Disclosure } from "@/components/form/FormFrame";

export function ExtensionForm({
  mentorshipId,
  limitText,
  disclosure,
}: {
  mentorshipId: string;
  limitText: string;
  disclosure?: Disclosure;
}) {
  const server = useServerForm({
    action: proposeExtensionAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.extensionSchema),
    defaults: { mentorshipId, newEndOn: "", reason: "" },
  });
  const { field } = server;
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-4">
      <input type="hidden" {...field("mentorshipId")} />
      <Input label="Nova data de finalització" type="date" required help={limitText} {...field("newEndOn")} />
      <TextArea id="extension-reason" label="Motiu de l'ampliació" rows={3} required {...field("reason")} />
      <SubmitButton pendingLabel="S'està enviant…">Proposa l&apos;ampliació</SubmitButton>
    </FormFrame>
  );
}

export function CommunicationForm({ mentorshipId, disclosure }: { mentorshipId: string; disclosure?: Disclosure }) {
  const server = useServerForm({
    action: sendCommunicationAction,
    resetOnSuccess: true,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.communicationSchema),
    defaults: { mentorshipId, kind: "INCIDENT", subject: "", body: "" },
  });
  const { field, done } = server;
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-4">
      {done ? (
        <Alert tone="success" live>
          S&apos;ha enviat la comunicació a la secretaria.
        </Alert>
      ) : null}
      <input type="hidden" {...field("mentorshipId")} />
      <Select
        label="Tipus"
        options={[
          { value: "INCIDENT", label: "Incidència" },
          { value: "END_DATE_CHANGE", label: "Canvi de la data de finalització" },
          { value: "OTHER", label: "Altres" },
        ]}
        {...field("kind")}
      />
      <Input label="Assumpte" required {...field("subject")} />
      <TextArea label="Missatge" rows={4} required {...field("body")} />
      <SubmitButton pendingLabel="S'està enviant…">Envia a la secretaria</SubmitButton>
    </FormFrame>
  );
}

/** Ends the mentorship early, with the reason; it sits in a closed disclosure of its own, which is the first step. */
export function CancelForm({ mentorshipId, disclosure }: { mentorshipId: string; disclosure?: Disclosure }) {
  const server = useServerForm({
    action: cancelMentorshipAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.cancelSchema),
    defaults: { mentorshipId, reason: "" },
  });
  const { field } = server;
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-4">
      <input type="hidden" {...field("mentorshipId")} />
      <TextArea
        id="cancel-reason"
        label="Motiu"
        help="Les dues parts i la secretaria en rebran l'avís. No es pot desfer."
        rows={3}
        required
        {...field("reason")}
      />
      <SubmitButton variant="danger" pendingLabel="S'està finalitzant…">
        Finalitza l&apos;acompanyament
      </SubmitButton>
    </FormFrame>
  );
}
