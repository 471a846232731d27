import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { P } from "../components/parts";

export type ProposalOverdueEmailProps = ReminderBase & { mentorName: string; municipality: string };

export const proposalOverdueSubject = (p: Pick<ProposalOverdueEmailProps, "municipality">) =>
  `Proposta sense resposta: ${p.municipality}`;

/** To the secretariat: a proposal passed its answer deadline and expired. */
export default function ProposalOverdueEmail(props: ProposalOverdueEmailProps) {
  return (
    <ReminderLayout
      {...props}
      preview={proposalOverdueSubject(props)}
      heading="Una proposta ha caducat sense resposta"
      action="Obre el tauler de matching"
    >
      <P>
        {props.mentorName} no ha respost dins del termini la proposta d&apos;acompanyar {props.municipality}. La
        proposta ha caducat i la sol·licitud torna al tauler de matching, on podeu proposar-ne una altra persona
        mentora.
      </P>
    </ReminderLayout>
  );
}

ProposalOverdueEmail.PreviewProps = {
  ...reminderPreview,
  name: "Laia Puig i Ferrer",
  mentorName: "Marta Soler Vila",
  municipality: "Olot",
} satisfies ProposalOverdueEmailProps;
