import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { emailT, type EmailT } from "../components/i18n";
import { P } from "../components/parts";

export type ProposalOverdueEmailProps = ReminderBase & { mentorName: string; municipality: string };

export const proposalOverdueSubject = (p: Pick<ProposalOverdueEmailProps, "municipality">, t: EmailT) =>
  t("proposalOverdue.subject", { municipality: p.municipality });

/** To the secretariat: a proposal passed its answer deadline and expired. */
export default function ProposalOverdueEmail(props: ProposalOverdueEmailProps) {
  const t = emailT(props.locale);
  return (
    <ReminderLayout
      {...props}
      preview={proposalOverdueSubject(props, t)}
      heading={t("proposalOverdue.heading")}
      action={t("proposalOverdue.action")}
    >
      <P>{t("proposalOverdue.body", { mentor: props.mentorName, municipality: props.municipality })}</P>
    </ReminderLayout>
  );
}

ProposalOverdueEmail.PreviewProps = {
  ...reminderPreview,
  mentorName: "Marta Soler Vila",
  municipality: "Olot",
} satisfies ProposalOverdueEmailProps;
