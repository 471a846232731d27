"use client";

import { Alert } from "@/components/Alert";
import { Input, TextArea } from "@/components/form/fields";
import { Radios } from "@/components/form/Radios";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { useT } from "@/lib/i18n/use-t";
import { cancelMeetingAction, changeMeetingAction, logMeetingAction } from "./actions";
import { FormFrame, type Disclosure } from "@/components/form/FormFrame";

type MeetingValues = {
  date: string;
  time: string;
  durationMin: string;
  mode: string;
  place: string;
  summary: string;
};

/**
 * Logs a new meeting (`mentorshipId`) or changes one (`meetingId`): a future date makes it a
 * planned meeting, whose calendar event the other party gets (updated when it changes).
 */
export function MeetingForm({
  mentorshipId,
  meetingId,
  values,
  dateHelp,
  disclosure,
}: {
  mentorshipId?: string;
  meetingId?: string;
  values: MeetingValues;
  dateHelp: string;
  disclosure?: Disclosure;
}) {
  const editing = Boolean(meetingId);
  const t = useT("mentorshipForms");
  const modes = [
    ["IN_PERSON", t("modeInPerson")],
    ["ONLINE", t("modeOnline")],
    ["PHONE", t("modePhone")],
  ] as const;
  const server = useServerForm({
    action: editing ? changeMeetingAction : logMeetingAction,
    resetOnSuccess: !editing,
    schema: () => import("@/lib/mentorships/schema").then((m) => (editing ? m.meetingChangeSchema : m.meetingSchema)),
    defaults: editing ? { meetingId: meetingId!, ...values } : { mentorshipId: mentorshipId!, ...values },
  });
  const { field, done } = server;
  // Ids unique on the page: the new meeting's form and one form per meeting that can change.
  const id = (name: string) => (editing ? `meeting-${meetingId}-${name}` : `meeting-${name}`);
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-4">
      {done && !editing ? (
        <Alert tone="success" live>
          {t("meetingSaved")}
        </Alert>
      ) : null}
      <input type="hidden" {...field(editing ? "meetingId" : "mentorshipId")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Input id={id("date")} label={t("date")} type="date" required help={dateHelp} {...field("date")} />
        <Input id={id("time")} label={t("time")} type="time" required {...field("time")} />
        <Input
          id={id("duration")}
          label={t("duration")}
          type="number"
          inputMode="numeric"
          min={15}
          max={600}
          required
          {...field("durationMin")}
        />
      </div>
      <Radios field={field} name="mode" legend={t("mode")} options={modes} required inline id={id("mode")} />
      <Input id={id("place")} label={t("place")} help={t("placeHelp")} {...field("place")} />
      <TextArea id={id("summary")} label={t("summary")} rows={3} {...field("summary")} />
      <SubmitButton pendingLabel={t("saving")}>{t(editing ? "saveChanges" : "logMeeting")}</SubmitButton>
    </FormFrame>
  );
}

/** Cancels a planned meeting, with the reason the other party receives with the calendar cancellation. */
export function MeetingCancelForm({ meetingId, disclosure }: { meetingId: string; disclosure?: Disclosure }) {
  const t = useT("mentorshipForms");
  const server = useServerForm({
    action: cancelMeetingAction,
    schema: () => import("@/lib/mentorships/schema").then((m) => m.meetingCancelSchema),
    defaults: { meetingId, reason: "" },
  });
  const { field } = server;
  return (
    <FormFrame server={server} disclosure={disclosure} className="space-y-3">
      <input type="hidden" {...field("meetingId")} />
      <TextArea
        id={`meeting-${meetingId}-reason`}
        label={t("cancelReason")}
        help={t("cancelHelp")}
        rows={2}
        required
        {...field("reason")}
      />
      <SubmitButton variant="danger" pendingLabel={t("cancelling")}>
        {t("confirmCancel")}
      </SubmitButton>
    </FormFrame>
  );
}
