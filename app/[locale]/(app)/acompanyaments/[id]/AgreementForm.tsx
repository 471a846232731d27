"use client";

import { Input, TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import type { AgreementInput } from "@/lib/mentorships/schema";
import { draftAgreementAction, firstContactAction } from "./actions";
import { FormFrame, type Disclosure } from "@/components/form/FormFrame";

/** Either party drafts (or changes) the agreement; the other confirms it. */
export function AgreementForm({
  defaults,
  limitText,
  startText,
  earliest,
  disclosure,
}: {
  defaults: AgreementInput;
  limitText: string;
  startText: string;
  earliest: string;
  disclosure?: Disclosure;
}) {
  const t = useT("mentorshipForms");
  const server = useServerForm({
    action: draftAgreementAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.agreementSchema),
    defaults: { ...defaults, startOn: defaults.startOn ?? "" },
  });
  const { field } = server;
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-4">
      <input type="hidden" {...field("mentorshipId")} />
      <TextArea label={t("objectives")} rows={4} required {...field("objectives")} />
      <TextArea label={t("activities")} rows={4} required {...field("activities")} />
      <TextArea
        label={t("plannedMeetings")}
        help={t("plannedMeetingsHelp")}
        rows={3}
        required
        {...field("plannedMeetings")}
      />
      <Input label={t("startOn")} type="date" min={earliest} help={startText} {...field("startOn")} />
      <Input label={t("endOn")} type="date" required help={limitText} {...field("endOn")} />
      <SubmitButton pendingLabel={t("saving")}>{t("saveAgreement")}</SubmitButton>
    </FormFrame>
  );
}

/** The mentee records the day of the first contact with the mentor. */
export function FirstContactForm({
  mentorshipId,
  today,
  earliest,
  earliestText,
}: {
  mentorshipId: string;
  today: string;
  earliest: string;
  earliestText: string;
}) {
  const t = useT("mentorshipForms");
  const server = useServerForm({
    action: firstContactAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.firstContactSchema),
    defaults: { mentorshipId, date: today },
  });
  const { field } = server;
  return (
    <FormFrame server={server} className="flex flex-wrap items-end gap-3">
      <input type="hidden" {...field("mentorshipId")} />
      <Input
        id="first-contact-date"
        label={t("firstContactDate")}
        type="date"
        min={earliest}
        max={today}
        help={t("firstContactHelp", { earliest: earliestText })}
        {...field("date")}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("firstContactSave")}</SubmitButton>
    </FormFrame>
  );
}
