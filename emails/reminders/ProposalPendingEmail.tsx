import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { P } from "../components/parts";

export type ProposalPendingEmailProps = ReminderBase & { municipality: string; respondBy: string };

export const proposalPendingSubject = "Teniu una proposta de mentoria pendent de resposta";

export default function ProposalPendingEmail(props: ProposalPendingEmailProps) {
  return (
    <ReminderLayout
      {...props}
      preview={proposalPendingSubject}
      heading="Una proposta espera la vostra resposta"
      action="Respon la proposta"
    >
      <P>
        La proposta d&apos;acompanyar {props.municipality} encara espera la vostra resposta. Podeu acceptar-la o
        declinar-la fins al {props.respondBy}, sense cap obligació.
      </P>
    </ReminderLayout>
  );
}

ProposalPendingEmail.PreviewProps = {
  ...reminderPreview,
  municipality: "Olot",
  respondBy: "20 d’octubre de 2026",
} satisfies ProposalPendingEmailProps;
