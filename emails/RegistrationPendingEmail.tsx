import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Facts, P, Small } from "./components/parts";

export type RegistrationPendingEmailProps = {
  locale: EmailLocale;
  name: string;
  municipality: string;
  email: string;
  municipalityHasDomains?: boolean;
};

export const registrationPendingSubject = (_: unknown, t: EmailT) => t("registrationPending.subject");

/** To a person whose address does not match their municipality's domains, or whose municipality has none on file. */
export default function RegistrationPendingEmail(props: RegistrationPendingEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={registrationPendingSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("registrationPending.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>
        {t("registrationPending.body", { municipality: props.municipality })}{" "}
        {props.municipalityHasDomains === false
          ? t("registrationPending.noDomains")
          : t("registrationPending.otherDomain", { email: props.email })}{" "}
        {t("registrationPending.after")}
      </P>
      <Facts
        items={[
          [t("facts.municipality"), props.municipality],
          [t("facts.address"), props.email],
        ]}
      />
      <Small>{t("registrationPending.note")}</Small>
    </EmailLayout>
  );
}

RegistrationPendingEmail.PreviewProps = {
  locale: "ca",
  name: "Laura Costa Puig",
  municipality: "Girona",
  email: "laura.costa@gmail.com",
  municipalityHasDomains: true,
} satisfies RegistrationPendingEmailProps;
