import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { contactFacts, type Contact } from "./components/contact";
import { emailDay, emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P, Small } from "./components/parts";

export type MentorAssignedEmailProps = {
  locale: EmailLocale;
  name: string;
  editionName: string;
  mentor: Contact;
  /** "YYYY-MM-DD" */
  mentoringStartOn: string;
  url: string;
};

export const mentorAssignedSubject = (_: unknown, t: EmailT) => t("mentorAssigned.subject");

/** To the mentee, when a mentor accepts: the mentor's contact and the next steps. */
export default function MentorAssignedEmail(props: MentorAssignedEmailProps) {
  const t = emailT(props.locale);
  const mentor = props.mentor.name;
  return (
    <EmailLayout locale={props.locale} preview={`${mentorAssignedSubject(props, t)}: ${mentor}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("mentorAssigned.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>{t("mentorAssigned.body", { mentor, edition: props.editionName })}</P>
      <Facts items={contactFacts(t, "mentor", props.mentor)} />
      <P>{t("mentorAssigned.stepsIntro")}</P>
      <P>
        {t("mentorAssigned.step1", { mentor, startOn: emailDay(props.mentoringStartOn, props.locale) })}
        <br />
        {t("mentorAssigned.step2")}
        <br />
        {t("mentorAssigned.step3")}
        <br />
        {t("mentorAssigned.step4")}
      </P>
      <Action href={props.url}>{t("mentorAssigned.action")}</Action>
      <Small>{t("mentorAssigned.note")}</Small>
    </EmailLayout>
  );
}

MentorAssignedEmail.PreviewProps = {
  locale: "ca",
  name: "Anna Ferrer Bosch",
  editionName: "Convocatòria 2026-2027",
  mentor: {
    name: "Marta Soler Vila",
    email: "marta.soler@example.org",
    phone: "937 000 000",
    position: "Tècnica d'economia social",
    municipality: "Sabadell",
  },
  mentoringStartOn: "2026-11-02",
  url: "http://localhost:3000/ca/inici",
} satisfies MentorAssignedEmailProps;
