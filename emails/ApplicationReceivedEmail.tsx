import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailDay, emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P, Small } from "./components/parts";

export type ApplicationReceivedEmailProps = {
  locale: EmailLocale;
  name: string;
  editionName: string;
  municipality: string;
  topics: string;
  /** "YYYY-MM-DD" */
  editableUntil: string;
  /** "YYYY-MM-DD" */
  matchingDeadlineOn: string;
  url: string;
};

export const applicationReceivedSubject = (p: Pick<ApplicationReceivedEmailProps, "editionName">, t: EmailT) =>
  t("applicationReceived.subject", { edition: p.editionName });

export default function ApplicationReceivedEmail(props: ApplicationReceivedEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={applicationReceivedSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("applicationReceived.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>{t("applicationReceived.body", { edition: props.editionName })}</P>
      <Facts
        items={[
          [t("facts.municipality"), props.municipality],
          [t("facts.topics"), props.topics],
          [t("facts.editableUntil"), emailDay(props.editableUntil, props.locale)],
        ]}
      />
      <P>{t("applicationReceived.next", { deadline: emailDay(props.matchingDeadlineOn, props.locale) })}</P>
      <Action href={props.url}>{t("applicationReceived.action")}</Action>
      <Small>{t("applicationReceived.note")}</Small>
    </EmailLayout>
  );
}

ApplicationReceivedEmail.PreviewProps = {
  locale: "ca",
  name: "Anna Ferrer Bosch",
  editionName: "Convocatòria 2026-2027",
  municipality: "Olot",
  topics: "Cooperativisme, Mercat social",
  editableUntil: "2026-09-30",
  matchingDeadlineOn: "2026-10-31",
  url: "http://localhost:3000/ca/sollicitud",
} satisfies ApplicationReceivedEmailProps;
