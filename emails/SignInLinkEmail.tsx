import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { EmailLayout, brand, button, paragraph } from "./components/EmailLayout";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";

export type ExpiresIn = { unit: "days" | "minutes" | "seconds"; count: number };

export type SignInLinkEmailProps = {
  url: string;
  expiresIn: ExpiresIn;
  purpose: "sign-in" | "invitation" | "registration";
  locale: EmailLocale;
  inviterName?: string | null;
  /** Invitations: the role the person is invited in, and the edition open for mentors' availability. */
  invitedAs?: "MENTOR" | "SECRETARIAT" | null;
  availabilityEdition?: string | null;
};

const INTRO = {
  "sign-in": "signIn.introSignIn",
  invitation: "signIn.introInvitation",
  registration: "signIn.introRegistration",
} as const;

const ROLE = { MENTOR: "signIn.roleMentor", SECRETARIAT: "signIn.roleSecretariat" } as const;

export const signInLinkSubject = (p: Pick<SignInLinkEmailProps, "purpose">, t: EmailT) =>
  t(p.purpose === "invitation" ? "signIn.subjectInvitation" : "signIn.subject");

export default function SignInLinkEmail(props: SignInLinkEmailProps) {
  const { url, purpose, inviterName, invitedAs, availabilityEdition, locale } = props;
  const t = emailT(locale);
  const invitation = purpose === "invitation";
  const intro = [
    t(INTRO[purpose]),
    invitation && inviterName ? t("signIn.invitedBy", { name: inviterName }) : null,
    invitation && invitedAs ? t(ROLE[invitedAs]) : null,
  ];
  return (
    <EmailLayout locale={locale} preview={signInLinkSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22, color: brand.ink }}>
        {t(invitation ? "signIn.headingInvitation" : "signIn.heading")}
      </Heading>
      <Text style={paragraph}>{intro.filter(Boolean).join(" ")}</Text>
      {invitation && invitedAs === "MENTOR" && availabilityEdition ? (
        <Text style={paragraph}>{t("signIn.availability", { edition: availabilityEdition })}</Text>
      ) : null}
      <Text style={paragraph}>{t("signIn.instructions", { expiresIn: t("signIn.expiresIn", props.expiresIn) })}</Text>
      <Section style={{ margin: "20px 0" }}>
        <Button href={url} style={button}>
          {t("signIn.button")}
        </Button>
      </Section>
      <Text style={{ ...paragraph, fontSize: 13, color: brand.muted }}>
        {t("signIn.copyLink")} <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ ...paragraph, fontSize: 13, color: brand.muted }}>{t("signIn.ignore")}</Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/ca/entrar/confirmar?token=exemple&email=secretaria%40example.org",
  expiresIn: { unit: "minutes", count: 15 },
  purpose: "sign-in",
  locale: "ca",
} satisfies SignInLinkEmailProps;
