import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, P } from "./components/parts";

export type LateApplicationAllowedEmailProps = { name: string; editionName: string; url: string };

export const lateApplicationAllowedSubject = (p: Pick<LateApplicationAllowedEmailProps, "editionName">) =>
  `Podeu presentar la sol·licitud fora de termini (${p.editionName})`;

export default function LateApplicationAllowedEmail(props: LateApplicationAllowedEmailProps) {
  return (
    <EmailLayout preview={lateApplicationAllowedSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Sol·licitud fora de termini acceptada
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        La secretaria de l&apos;XMESS us permet presentar la sol·licitud de mentoria de la {props.editionName}, tot i
        que el termini d&apos;inscripció ja s&apos;ha tancat. Us demanem que l&apos;envieu com més aviat millor, perquè
        es pugui tenir en compte en el matching.
      </P>
      <Action href={props.url}>Omple la sol·licitud</Action>
    </EmailLayout>
  );
}

LateApplicationAllowedEmail.PreviewProps = {
  name: "Joan Martí Prats",
  editionName: "Convocatòria 2026-2027",
  url: "http://localhost:3000/ca/sollicitud",
} satisfies LateApplicationAllowedEmailProps;
