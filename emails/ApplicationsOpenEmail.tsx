import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailDay, emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P, Small } from "./components/parts";

export type ApplicationsOpenEmailProps = {
  locale: EmailLocale;
  name: string;
  editionName: string;
  /** "YYYY-MM-DD" */
  opensOn: string;
  /** "YYYY-MM-DD" */
  closesOn: string;
  url: string;
};

export const applicationsOpenSubject = (p: Pick<ApplicationsOpenEmailProps, "editionName">, t: EmailT) =>
  t("applicationsOpen.subject", { edition: p.editionName });

export default function ApplicationsOpenEmail(props: ApplicationsOpenEmailProps) {
  const t = emailT(props.locale);
  const period = t("applicationsOpen.period", {
    opensOn: emailDay(props.opensOn, props.locale),
    closesOn: emailDay(props.closesOn, props.locale),
  });
  return (
    <EmailLayout locale={props.locale} preview={applicationsOpenSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("applicationsOpen.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>{t("applicationsOpen.body", { edition: props.editionName })}</P>
      <Facts
        items={[
          [t("facts.applications"), period],
          [t("facts.whatToDo"), t("applicationsOpen.whatToDo")],
        ]}
      />
      <Action href={props.url}>{t("applicationsOpen.action")}</Action>
      <Small>{t("applicationsOpen.note")}</Small>
    </EmailLayout>
  );
}

ApplicationsOpenEmail.PreviewProps = {
  locale: "ca",
  name: "Anna Ferrer Bosch",
  editionName: "Convocatòria 2026-2027",
  opensOn: "2026-09-01",
  closesOn: "2026-09-30",
  url: "http://localhost:3000/ca/sollicitud",
} satisfies ApplicationsOpenEmailProps;
