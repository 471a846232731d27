import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P, Small } from "./components/parts";

export type ApplicationsOpenEmailProps = {
  name: string;
  editionName: string;
  opensOn: string;
  closesOn: string;
  url: string;
};

export const applicationsOpenSubject = (p: Pick<ApplicationsOpenEmailProps, "editionName">) =>
  `S'obren les inscripcions: ${p.editionName}`;

export default function ApplicationsOpenEmail(props: ApplicationsOpenEmailProps) {
  return (
    <EmailLayout preview={applicationsOpenSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        S&apos;obren les inscripcions al programa de mentoria
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        Us informem que s&apos;ha obert el termini d&apos;inscripció de la {props.editionName} del programa de mentoria
        de l&apos;XMESS. Si el vostre ajuntament comença a impulsar l&apos;economia social, podeu sol·licitar
        l&apos;acompanyament d&apos;una persona tècnica d&apos;un altre municipi amb experiència.
      </P>
      <Facts
        items={[
          ["Inscripcions", `del ${props.opensOn} al ${props.closesOn} (fins a les 23:59)`],
          ["Què cal fer", "omplir la sol·licitud amb les necessitats i els objectius del vostre municipi"],
        ]}
      />
      <Action href={props.url}>Fes la sol·licitud</Action>
      <Small>
        La mentoria és voluntària, gratuïta i autogestionada entre les dues parts. Rebeu aquest correu perquè esteu
        registrat o registrada a la plataforma de Mentoria XMESS.
      </Small>
    </EmailLayout>
  );
}

ApplicationsOpenEmail.PreviewProps = {
  name: "Anna Ferrer Bosch",
  editionName: "Convocatòria 2026-2027",
  opensOn: "1 de setembre de 2026",
  closesOn: "30 de setembre de 2026",
  url: "http://localhost:3000/ca/sollicitud",
} satisfies ApplicationsOpenEmailProps;
