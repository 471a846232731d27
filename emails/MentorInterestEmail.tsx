import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { personFacts } from "./components/contact";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P } from "./components/parts";

export type MentorInterestEmailProps = {
  locale: EmailLocale;
  personName: string;
  personEmail: string;
  municipality: string;
  url: string;
};

export const mentorInterestSubject = (p: Pick<MentorInterestEmailProps, "personName">, t: EmailT) =>
  t("mentorInterest.subject", { person: p.personName });

/** To the secretariat: someone registered through "Vull ser persona mentora". */
export default function MentorInterestEmail(props: MentorInterestEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={mentorInterestSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("mentorInterest.heading")}
      </Heading>
      <P>{t("mentorInterest.body", { person: props.personName })}</P>
      <Facts items={[...personFacts(t, props)]} />
      <Action href={props.url}>{t("mentorInterest.action")}</Action>
    </EmailLayout>
  );
}

MentorInterestEmail.PreviewProps = {
  locale: "ca",
  personName: "Albert Riera Font",
  personEmail: "albert.riera@example.org",
  municipality: "El Prat de Llobregat",
  url: "http://localhost:3000/ca/secretaria/persones/exemple",
} satisfies MentorInterestEmailProps;
