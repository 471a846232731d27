import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { emailDay, emailT, type EmailT } from "../components/i18n";
import { P } from "../components/parts";

// The reminders of a mentorship's course: no first contact, no agreement, meetings short at
// mid-term, end approaching. Each kind has its own words.
export type MentorshipNudgeKind = "no-first-contact" | "no-agreement" | "meetings-midterm" | "end-approaching";
export type MentorshipNudgeEmailProps = ReminderBase & {
  kind: MentorshipNudgeKind;
  other: string;
  days: number;
  /** "YYYY-MM-DD" (end approaching) */
  endOn?: string;
  /** Meetings short at mid-term: those held and confirmed, those the edition asks for. */
  meetings?: { counted: number; required: number; inPerson: boolean };
};

const SUBJECT = {
  "no-first-contact": "mentorshipNudge.subjectNoFirstContact",
  "no-agreement": "mentorshipNudge.subjectNoAgreement",
  "meetings-midterm": "mentorshipNudge.subjectMeetingsMidterm",
  "end-approaching": "mentorshipNudge.subjectEndApproaching",
} as const;

export const mentorshipNudgeSubject = (p: Pick<MentorshipNudgeEmailProps, "kind" | "days">, t: EmailT) =>
  t(SUBJECT[p.kind], { days: p.days });

function body(p: MentorshipNudgeEmailProps, t: EmailT) {
  const base = { days: p.days, other: p.other };
  switch (p.kind) {
    case "no-first-contact":
      return t("mentorshipNudge.noFirstContact", base);
    case "no-agreement":
      return t("mentorshipNudge.noAgreement", base);
    case "meetings-midterm":
      return t("mentorshipNudge.meetingsMidterm", {
        ...base,
        counted: p.meetings?.counted ?? 0,
        required: p.meetings?.required ?? 0,
        inPerson: p.meetings?.inPerson ? "yes" : "no",
      });
    case "end-approaching":
      return t("mentorshipNudge.endApproaching", { ...base, endOn: p.endOn ? emailDay(p.endOn, p.locale) : "" });
  }
}

export default function MentorshipNudgeEmail(props: MentorshipNudgeEmailProps) {
  const t = emailT(props.locale);
  return (
    <ReminderLayout
      {...props}
      preview={mentorshipNudgeSubject(props, t)}
      heading={mentorshipNudgeSubject(props, t)}
      action={t("mentorshipNudge.action")}
    >
      <P>{body(props, t)}</P>
    </ReminderLayout>
  );
}

MentorshipNudgeEmail.PreviewProps = {
  ...reminderPreview,
  kind: "no-first-contact",
  other: "Marta Soler Vila",
  days: 14,
} satisfies MentorshipNudgeEmailProps;
