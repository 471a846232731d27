import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, brand, button, paragraph } from "./components/EmailLayout";

export type SignInLinkEmailProps = {
  url: string;
  expiresInText: string;
  purpose: "sign-in" | "invitation" | "registration";
  inviterName?: string | null;
  /** Invitations: the role the person is invited in, and the edition open for mentors' availability. */
  invitedAs?: "MENTOR" | "SECRETARIAT" | null;
  availabilityEdition?: string | null;
};

const intro: Record<SignInLinkEmailProps["purpose"], string> = {
  "sign-in": "Heu demanat entrar a la plataforma de Mentoria XMESS.",
  invitation: "La secretaria de l'XMESS us convida a participar en el programa de mentoria.",
  registration: "Gràcies per voler participar en el programa de mentoria de l'XMESS.",
};

export const signInLinkSubject = (purpose: SignInLinkEmailProps["purpose"]) =>
  purpose === "invitation" ? "Invitació a Mentoria XMESS" : "Enllaç per entrar a Mentoria XMESS";

const ROLE_TEXT = {
  MENTOR:
    "Us convida com a persona mentora: acompanyareu tècnics i tècniques de municipis que comencen a treballar l'economia social.",
  SECRETARIAT:
    "Us convida a formar part de la secretaria del programa, que gestiona les convocatòries, el matching i el seguiment.",
} as const;

export default function SignInLinkEmail({
  url,
  expiresInText,
  purpose,
  inviterName,
  invitedAs,
  availabilityEdition,
}: SignInLinkEmailProps) {
  return (
    <EmailLayout preview={signInLinkSubject(purpose)}>
      <Heading as="h1" style={{ fontSize: 22, color: brand.ink }}>
        {purpose === "invitation" ? "Us donem la benvinguda" : "Entreu a Mentoria XMESS"}
      </Heading>
      <Text style={paragraph}>
        {intro[purpose]}
        {purpose === "invitation" && inviterName ? ` Us ha convidat ${inviterName}.` : ""}
        {purpose === "invitation" && invitedAs ? ` ${ROLE_TEXT[invitedAs]}` : ""}
      </Text>
      {purpose === "invitation" && invitedAs === "MENTOR" && availabilityEdition ? (
        <Text style={paragraph}>
          La {availabilityEdition} és oberta: quan hàgiu entrat i completat el perfil, confirmeu a l&apos;apartat
          «Disponibilitat» quantes persones podeu acompanyar aquest any. Confirmar-la no us obliga a acceptar cap
          proposta.
        </Text>
      ) : null}
      <Text style={paragraph}>
        Feu clic al botó següent i, a la pàgina que s&apos;obrirà, confirmeu l&apos;entrada. L&apos;enllaç és personal,
        només es pot fer servir una vegada i caduca {expiresInText}.
      </Text>
      <Section style={{ margin: "20px 0" }}>
        <Button href={url} style={button}>
          Obre la pàgina d&apos;entrada
        </Button>
      </Section>
      <Text style={{ ...paragraph, fontSize: 13, color: brand.muted }}>
        Si el botó no funciona, copieu aquesta adreça al navegador: <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ ...paragraph, fontSize: 13, color: brand.muted }}>
        Si no heu demanat aquest correu, podeu ignorar-lo: ningú no podrà entrar sense obrir aquest enllaç.
      </Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/ca/entrar/confirmar?token=exemple&email=secretaria%40example.org",
  expiresInText: "d'aquí a 15 minuts",
  purpose: "sign-in",
} satisfies SignInLinkEmailProps;
