import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Facts, P, Small } from "./components/parts";

export type RegistrationPendingEmailProps = {
  name: string;
  municipality: string;
  email: string;
  municipalityHasDomains?: boolean;
};

export const registrationPendingSubject = "El vostre compte de Mentoria XMESS està pendent de validació";

/** To a person whose address does not match their municipality's domains, or whose municipality has none on file. */
export default function RegistrationPendingEmail(props: RegistrationPendingEmailProps) {
  return (
    <EmailLayout preview={registrationPendingSubject}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Hem rebut el vostre registre
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        Us heu registrat a Mentoria XMESS com a persona tècnica de {props.municipality}.{" "}
        {props.municipalityHasDomains === false
          ? "Com que no tenim els dominis de correu d'aquest ajuntament, la secretaria de l'XMESS ha de validar el compte."
          : `Com que l'adreça ${props.email} no és d'un dels dominis de correu d'aquest ajuntament, la secretaria de l'XMESS ha de validar el compte.`}{" "}
        Us escriurem quan ho hagi fet.
      </P>
      <Facts
        items={[
          ["Municipi", props.municipality],
          ["Adreça", props.email],
        ]}
      />
      <Small>Si és un error, podeu respondre aquest correu o escriure a la secretaria de l&apos;XMESS.</Small>
    </EmailLayout>
  );
}

RegistrationPendingEmail.PreviewProps = {
  name: "Laura Costa Puig",
  municipality: "Girona",
  email: "laura.costa@example.org",
} satisfies RegistrationPendingEmailProps;
