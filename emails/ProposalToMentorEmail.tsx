import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P, Small } from "./components/parts";

export type ProposalToMentorEmailProps = {
  name: string;
  editionName: string;
  municipality: string;
  topics: string;
  respondBy: string;
  message?: string | null;
  url: string;
};

export const proposalToMentorSubject = (p: Pick<ProposalToMentorEmailProps, "municipality">) =>
  `Proposta de mentoria: acompanyar ${p.municipality}`;

export default function ProposalToMentorEmail(props: ProposalToMentorEmailProps) {
  return (
    <EmailLayout preview={proposalToMentorSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Us proposem una mentoria
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        Segons les necessitats de les sol·licituds i la vostra disponibilitat, la secretaria de l&apos;XMESS us proposa
        acompanyar una persona tècnica de {props.municipality} en la {props.editionName}.
      </P>
      <Facts
        items={[
          ["Municipi", props.municipality],
          ["Àmbits de les necessitats", props.topics],
          ["Podeu respondre fins al", `${props.respondBy} (a les 23:59)`],
        ]}
      />
      {props.message ? <P>Missatge de la secretaria: «{props.message}»</P> : null}
      <Action href={props.url}>Consulta la proposta</Action>
      <Small>
        Podeu acceptar-la o declinar-la segons la vostra disponibilitat, sense cap obligació ni cap explicació: la
        secretaria buscarà una altra persona mentora si cal.
      </Small>
    </EmailLayout>
  );
}

ProposalToMentorEmail.PreviewProps = {
  name: "Marta Soler Vila",
  editionName: "Convocatòria 2026-2027",
  municipality: "Olot",
  topics: "Cooperativisme, Mercat social",
  respondBy: "20 d’octubre de 2026",
  message: "Creiem que la vostra experiència amb cooperatives els anirà molt bé.",
  url: "http://localhost:3000/ca/propostes/exemple",
} satisfies ProposalToMentorEmailProps;
