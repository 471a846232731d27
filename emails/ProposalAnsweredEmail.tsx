import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P } from "./components/parts";

export type ProposalAnsweredEmailProps = {
  accepted: boolean;
  mentorName: string;
  menteeName: string;
  municipality: string;
  reason?: string | null;
  url: string;
};

export const proposalAnsweredSubject = (
  p: Pick<ProposalAnsweredEmailProps, "accepted" | "mentorName" | "municipality">,
) =>
  p.accepted
    ? `Proposta acceptada: ${p.mentorName} acompanyarà ${p.municipality}`
    : `Proposta declinada: ${p.mentorName} (${p.municipality})`;

/** To the secretariat, when a mentor answers a proposal. */
export default function ProposalAnsweredEmail(props: ProposalAnsweredEmailProps) {
  return (
    <EmailLayout preview={proposalAnsweredSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {props.accepted ? "Proposta acceptada" : "Proposta declinada"}
      </Heading>
      <P>
        {props.accepted
          ? `${props.mentorName} ha acceptat acompanyar ${props.menteeName} (${props.municipality}). L'acompanyament ja consta a la plataforma i la persona sol·licitant ha rebut el contacte.`
          : `${props.mentorName} ha declinat la proposta d'acompanyar ${props.menteeName} (${props.municipality}). La sol·licitud torna al tauler de matching i aquesta parella ja no es tornarà a suggerir.`}
      </P>
      {!props.accepted && props.reason ? <Facts items={[["Motiu indicat", props.reason]]} /> : null}
      <Action href={props.url}>Obre el tauler de matching</Action>
    </EmailLayout>
  );
}

ProposalAnsweredEmail.PreviewProps = {
  accepted: true,
  mentorName: "Marta Soler Vila",
  menteeName: "Anna Ferrer Bosch",
  municipality: "Olot",
  url: "http://localhost:3000/ca/secretaria/convocatories/exemple/matching",
} satisfies ProposalAnsweredEmailProps;
