import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { emailDay, emailT, type EmailT } from "../components/i18n";
import { P } from "../components/parts";

export type ProposalPendingEmailProps = ReminderBase & {
  municipality: string;
  /** "YYYY-MM-DD" */
  respondBy: string;
};

export const proposalPendingSubject = (_: unknown, t: EmailT) => t("proposalPending.subject");

export default function ProposalPendingEmail(props: ProposalPendingEmailProps) {
  const t = emailT(props.locale);
  return (
    <ReminderLayout
      {...props}
      preview={proposalPendingSubject(props, t)}
      heading={t("proposalPending.heading")}
      action={t("proposalPending.action")}
    >
      <P>
        {t("proposalPending.body", {
          municipality: props.municipality,
          respondBy: emailDay(props.respondBy, props.locale),
        })}
      </P>
    </ReminderLayout>
  );
}

ProposalPendingEmail.PreviewProps = {
  ...reminderPreview,
  municipality: "Olot",
  respondBy: "2026-10-20",
} satisfies ProposalPendingEmailProps;
