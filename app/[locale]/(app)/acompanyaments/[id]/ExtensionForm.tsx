"use client";

import { Alert } from "@/components/Alert";
import { Input, Select, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
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
  const t = useT("mentorshipForms");
  const server = useServerForm({
    action: proposeExtensionAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.extensionSchema),
    defaults: { mentorshipId, newEndOn: "", reason: "" },
  });
  const { field } = server;
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-4">
      <input type="hidden" {...field("mentorshipId")} />
      <Input label={t("newEnd")} type="date" required help={limitText} {...field("newEndOn")} />
      <TextArea id="extension-reason" label={t("extReason")} rows={3} required {...field("reason")} />
      <SubmitButton pendingLabel={t("sending")}>{t("proposeExt")}</SubmitButton>
    </FormFrame>
  );
}

export function CommunicationForm({ mentorshipId, disclosure }: { mentorshipId: string; disclosure?: Disclosure }) {
  const t = useT("mentorshipForms");
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
          {t("commSent")}
        </Alert>
      ) : null}
      <input type="hidden" {...field("mentorshipId")} />
      <Select
        label={t("commKind")}
        options={[
          { value: "INCIDENT", label: t("kindIncident") },
          { value: "END_DATE_CHANGE", label: t("kindEndDate") },
          { value: "OTHER", label: t("kindOther") },
        ]}
        {...field("kind")}
      />
      <Input label={t("commSubject")} required {...field("subject")} />
      <TextArea label={t("commBody")} rows={4} required {...field("body")} />
      <SubmitButton pendingLabel={t("sending")}>{t("commSend")}</SubmitButton>
    </FormFrame>
  );
}

/** Ends the mentorship early, with the reason; it sits in a closed disclosure of its own, which is the first step. */
export function CancelForm({ mentorshipId, disclosure }: { mentorshipId: string; disclosure?: Disclosure }) {
  const t = useT("mentorshipForms");
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
        label={t("cancelReasonLabel")}
        help={t("cancelMentorshipHelp")}
        rows={3}
        required
        {...field("reason")}
      />
      <SubmitButton variant="danger" pendingLabel={t("ending")}>
        {t("endMentorship")}
      </SubmitButton>
    </FormFrame>
  );
}
