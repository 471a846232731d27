import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { contactFacts, type Contact } from "./components/contact";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P, Small } from "./components/parts";

export type MentoringStartEmailProps = {
  locale: EmailLocale;
  name: string;
  role: "MENTOR" | "MENTEE";
  editionName: string;
  other: Contact;
  requiredMeetings: number;
  inPerson: boolean;
  maxDurationMonths: number;
  url: string;
};

export const mentoringStartSubject = (_: unknown, t: EmailT) => t("mentoringStart.subject");

/** To both parties when the mentoring starts: each other's contact and the programme's rules. */
export default function MentoringStartEmail(props: MentoringStartEmailProps) {
  const t = emailT(props.locale);
  const mentee = props.role === "MENTEE";
  return (
    <EmailLayout locale={props.locale} preview={`${mentoringStartSubject(props, t)}: ${props.other.name}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("mentoringStart.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>
        {t("mentoringStart.body", { edition: props.editionName })}{" "}
        {t(mentee ? "mentoringStart.mentee" : "mentoringStart.mentor", { other: props.other.name })}
      </P>
      <Facts items={contactFacts(t, mentee ? "mentor" : "mentee", props.other)} />
      <P>{t("mentoringStart.rulesIntro")}</P>
      <P>
        {t("mentoringStart.rule1")}
        <br />
        {t("mentoringStart.rule2", { count: props.requiredMeetings, inPerson: props.inPerson ? "yes" : "no" })}
        <br />
        {t("mentoringStart.rule3", { months: props.maxDurationMonths })}
        <br />
        {t("mentoringStart.rule4")}
      </P>
      <Action href={props.url}>{t("mentoringStart.action")}</Action>
      <Small>{t("mentoringStart.note")}</Small>
    </EmailLayout>
  );
}

MentoringStartEmail.PreviewProps = {
  locale: "ca",
  name: "Anna Ferrer Bosch",
  role: "MENTEE",
  editionName: "Convocatòria 2026-2027",
  other: {
    name: "Marta Soler Vila",
    email: "marta.soler@example.org",
    phone: "937 000 000",
    position: "Tècnica d'economia social",
    municipality: "Sabadell",
  },
  requiredMeetings: 2,
  inPerson: true,
  maxDurationMonths: 12,
  url: "http://localhost:3000/ca/acompanyaments/exemple",
} satisfies MentoringStartEmailProps;
