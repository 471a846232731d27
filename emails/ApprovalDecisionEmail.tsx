import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, P, Small } from "./components/parts";

export type ApprovalDecisionEmailProps = { name: string; approved: boolean; url: string };

export const approvalDecisionSubject = (p: Pick<ApprovalDecisionEmailProps, "approved">) =>
  p.approved ? "El vostre compte de Mentoria XMESS ja està validat" : "Sobre el vostre registre a Mentoria XMESS";

export default function ApprovalDecisionEmail(props: ApprovalDecisionEmailProps) {
  return (
    <EmailLayout preview={approvalDecisionSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {props.approved ? "Compte validat" : "Registre no validat"}
      </Heading>
      <P>Hola, {props.name}:</P>
      {props.approved ? (
        <>
          <P>
            La secretaria de l&apos;XMESS ha validat el vostre compte. Ja podeu participar en el programa de mentoria.
          </P>
          <Action href={props.url}>Entra a la plataforma</Action>
        </>
      ) : (
        <>
          <P>
            La secretaria de l&apos;XMESS no ha pogut validar el vostre registre amb l&apos;adreça i el municipi
            indicats. Si creieu que és un error, responeu aquest correu i en parlarem.
          </P>
          <Small>
            Recordeu que la participació és personal i s&apos;adreça a equips tècnics dels municipis membres.
          </Small>
        </>
      )}
    </EmailLayout>
  );
}

ApprovalDecisionEmail.PreviewProps = {
  name: "Laura Costa Puig",
  approved: true,
  url: "http://localhost:3000/ca/inici",
} satisfies ApprovalDecisionEmailProps;
