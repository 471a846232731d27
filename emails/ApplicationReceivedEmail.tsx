import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P, Small } from "./components/parts";

export type ApplicationReceivedEmailProps = {
  name: string;
  editionName: string;
  municipality: string;
  topics: string;
  editableUntil: string;
  matchingDeadlineOn: string;
  url: string;
};

export const applicationReceivedSubject = (p: Pick<ApplicationReceivedEmailProps, "editionName">) =>
  `Hem rebut la vostra sol·licitud de mentoria (${p.editionName})`;

export default function ApplicationReceivedEmail(props: ApplicationReceivedEmailProps) {
  return (
    <EmailLayout preview={applicationReceivedSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Sol·licitud rebuda
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        Hem rebut la vostra sol·licitud per rebre mentoria en la {props.editionName} del programa de l&apos;XMESS.
        Gràcies per voler-hi participar.
      </P>
      <Facts
        items={[
          ["Municipi", props.municipality],
          ["Àmbits", props.topics],
          ["Podeu modificar-la fins al", props.editableUntil],
        ]}
      />
      <P>
        Què passarà ara: quan es tanquin les inscripcions, la secretaria proposarà parelles de mentoria segons les
        necessitats i les disponibilitats de les persones mentores. Us escriurem abans del {props.matchingDeadlineOn}.
      </P>
      <Action href={props.url}>Consulta la sol·licitud</Action>
      <Small>Si heu de comunicar qualsevol cosa a la secretaria, podeu respondre aquest correu.</Small>
    </EmailLayout>
  );
}

ApplicationReceivedEmail.PreviewProps = {
  name: "Anna Ferrer Bosch",
  editionName: "Convocatòria 2026-2027",
  municipality: "Olot",
  topics: "Cooperativisme, Mercat social",
  editableUntil: "30 de setembre de 2026",
  matchingDeadlineOn: "31 d’octubre de 2026",
  url: "http://localhost:3000/ca/sollicitud",
} satisfies ApplicationReceivedEmailProps;
