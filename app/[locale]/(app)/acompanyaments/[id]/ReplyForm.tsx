"use client";

import { Alert } from "@/components/Alert";
import { Checkbox, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import { replyCommunicationAction } from "./actions";
import { FormFrame, type Disclosure } from "@/components/form/FormFrame";

/** A reply of the secretariat (with "close"), or a follow-up of the sender. */
export function ReplyForm({
  communicationId,
  secretariat,
  disclosure,
}: {
  communicationId: string;
  secretariat: boolean;
  disclosure?: Disclosure;
}) {
  const t = useT("mentorshipForms");
  const server = useServerForm({
    action: replyCommunicationAction,
    resetOnSuccess: true,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.replySchema),
    defaults: { communicationId, body: "", close: false },
  });
  const { field, done } = server;
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-3">
      {done ? (
        <Alert tone="success" live>
          {t(secretariat ? "replySent" : "messageSent")}
        </Alert>
      ) : null}
      <input type="hidden" {...field("communicationId")} />
      <TextArea
        id={`reply-${communicationId}`}
        label={t(secretariat ? "replyLabel" : "addMessage")}
        rows={3}
        {...field("body")}
      />
      {secretariat ? <Checkbox id={`close-${communicationId}`} label={t("closeComm")} {...field("close")} /> : null}
      <SubmitButton pendingLabel={t("sending")}>{t(secretariat ? "reply" : "send")}</SubmitButton>
    </FormFrame>
  );
}
