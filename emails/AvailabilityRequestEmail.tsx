import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailDay, emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P, Small } from "./components/parts";

export type AvailabilityRequestEmailProps = {
  locale: EmailLocale;
  name: string;
  editionName: string;
  /** "YYYY-MM-DD" */
  closesOn: string;
  /** "YYYY-MM-DD" */
  matchingDeadlineOn: string;
  url: string;
};

export const availabilityRequestSubject = (p: Pick<AvailabilityRequestEmailProps, "editionName">, t: EmailT) =>
  t("availabilityRequest.subject", { edition: p.editionName });

export default function AvailabilityRequestEmail(props: AvailabilityRequestEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={availabilityRequestSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("availabilityRequest.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>{t("availabilityRequest.body", { edition: props.editionName })}</P>
      <Facts
        items={[
          [t("facts.applicationsUntil"), emailDay(props.closesOn, props.locale)],
          [
            t("facts.proposals"),
            t("availabilityRequest.before", { date: emailDay(props.matchingDeadlineOn, props.locale) }),
          ],
        ]}
      />
      <Action href={props.url}>{t("availabilityRequest.action")}</Action>
      <Small>{t("availabilityRequest.note")}</Small>
    </EmailLayout>
  );
}

AvailabilityRequestEmail.PreviewProps = {
  locale: "ca",
  name: "Marta Soler Vila",
  editionName: "Convocatòria 2026-2027",
  closesOn: "2026-09-30",
  matchingDeadlineOn: "2026-10-31",
  url: "http://localhost:3000/ca/disponibilitat",
} satisfies AvailabilityRequestEmailProps;
