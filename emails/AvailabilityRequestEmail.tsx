import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P, Small } from "./components/parts";

export type AvailabilityRequestEmailProps = {
  name: string;
  editionName: string;
  closesOn: string;
  matchingDeadlineOn: string;
  url: string;
};

export const availabilityRequestSubject = (p: Pick<AvailabilityRequestEmailProps, "editionName">) =>
  `Confirmeu la vostra disponibilitat com a persona mentora: ${p.editionName}`;

export default function AvailabilityRequestEmail(props: AvailabilityRequestEmailProps) {
  return (
    <EmailLayout preview={availabilityRequestSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Podeu fer de persona mentora aquest any?
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        S&apos;han obert les inscripcions de la {props.editionName} del programa de mentoria de l&apos;XMESS. Us
        escrivim perquè formeu part del grup de persones mentores: us agrairem que ens digueu si enguany teniu
        disponibilitat per acompanyar altres municipis, a quantes persones i en quins àmbits.
      </P>
      <Facts
        items={[
          ["Inscripcions fins al", props.closesOn],
          ["Propostes de parelles", `abans del ${props.matchingDeadlineOn}`],
        ]}
      />
      <Action href={props.url}>Confirma la disponibilitat</Action>
      <Small>
        Confirmar la disponibilitat no us obliga a res: cada proposta de mentoria la podreu acceptar o no en funció de
        la vostra disponibilitat.
      </Small>
    </EmailLayout>
  );
}

AvailabilityRequestEmail.PreviewProps = {
  name: "Marta Soler Vila",
  editionName: "Convocatòria 2026-2027",
  closesOn: "30 de setembre de 2026",
  matchingDeadlineOn: "31 d’octubre de 2026",
  url: "http://localhost:3000/ca/disponibilitat",
} satisfies AvailabilityRequestEmailProps;
