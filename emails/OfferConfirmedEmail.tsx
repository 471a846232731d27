import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P, Small } from "./components/parts";

export type OfferConfirmedEmailProps = {
  name: string;
  editionName: string;
  capacity: number;
  topics: string;
  editableUntil: string;
  url: string;
};

export const offerConfirmedSubject = (p: Pick<OfferConfirmedEmailProps, "editionName">) =>
  `Disponibilitat confirmada (${p.editionName})`;

export default function OfferConfirmedEmail(props: OfferConfirmedEmailProps) {
  return (
    <EmailLayout preview={offerConfirmedSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Gràcies per la vostra disponibilitat
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>Hem registrat la vostra disponibilitat com a persona mentora per a la {props.editionName}.</P>
      <Facts
        items={[
          ["Persones que podeu acompanyar", String(props.capacity)],
          ["Àmbits", props.topics],
          ["Podeu modificar-la fins al", props.editableUntil],
        ]}
      />
      <P>
        Durant el matching, la secretaria us pot fer propostes de mentoria. Cada proposta la podreu acceptar o no,
        segons la vostra disponibilitat i sense cap obligació.
      </P>
      <Action href={props.url}>Consulta la disponibilitat</Action>
      <Small>Si la situació canvia, podeu modificar-la o retirar-la des de la plataforma.</Small>
    </EmailLayout>
  );
}

OfferConfirmedEmail.PreviewProps = {
  name: "Marta Soler Vila",
  editionName: "Convocatòria 2026-2027",
  capacity: 2,
  topics: "Cooperativisme, Finances ètiques",
  editableUntil: "31 d’octubre de 2026",
  url: "http://localhost:3000/ca/disponibilitat",
} satisfies OfferConfirmedEmailProps;
