import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { emailDay, emailT, type EmailT } from "../components/i18n";
import { P } from "../components/parts";

export type AvailabilityPendingEmailProps = ReminderBase & {
  editionName: string;
  /** "YYYY-MM-DD" */
  matchingDeadlineOn: string;
};

export const availabilityPendingSubject = (_: unknown, t: EmailT) => t("availabilityPending.subject");

export default function AvailabilityPendingEmail(props: AvailabilityPendingEmailProps) {
  const t = emailT(props.locale);
  return (
    <ReminderLayout
      {...props}
      preview={availabilityPendingSubject(props, t)}
      heading={t("availabilityPending.heading")}
      action={t("availabilityPending.action")}
    >
      <P>
        {t("availabilityPending.body", {
          edition: props.editionName,
          deadline: emailDay(props.matchingDeadlineOn, props.locale),
        })}
      </P>
    </ReminderLayout>
  );
}

AvailabilityPendingEmail.PreviewProps = {
  ...reminderPreview,
  editionName: "Convocatòria 2026-2027",
  matchingDeadlineOn: "2026-10-31",
} satisfies AvailabilityPendingEmailProps;
