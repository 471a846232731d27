import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { P, Small } from "./components/parts";

export type ProposalWithdrawnEmailProps = { name: string; municipality: string; editionName: string };

export const proposalWithdrawnSubject = (p: Pick<ProposalWithdrawnEmailProps, "municipality">) =>
  `S'ha retirat la proposta de mentoria amb ${p.municipality}`;

export default function ProposalWithdrawnEmail(props: ProposalWithdrawnEmailProps) {
  return (
    <EmailLayout preview={proposalWithdrawnSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Proposta retirada
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        La secretaria de l&apos;XMESS ha retirat la proposta que us havia fet per acompanyar una persona tècnica de{" "}
        {props.municipality} ({props.editionName}). No cal que feu res.
      </P>
      <Small>Gràcies per la vostra disponibilitat: us podem fer altres propostes durant el matching.</Small>
    </EmailLayout>
  );
}

ProposalWithdrawnEmail.PreviewProps = {
  name: "Marta Soler Vila",
  municipality: "Olot",
  editionName: "Convocatòria 2026-2027",
} satisfies ProposalWithdrawnEmailProps;
