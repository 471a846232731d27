import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailDay, emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P, Small } from "./components/parts";

export type OfferConfirmedEmailProps = {
  locale: EmailLocale;
  name: string;
  editionName: string;
  capacity: number;
  topics: string;
  /** "YYYY-MM-DD" */
  editableUntil: string;
  url: string;
};

export const offerConfirmedSubject = (p: Pick<OfferConfirmedEmailProps, "editionName">, t: EmailT) =>
  t("offerConfirmed.subject", { edition: p.editionName });

export default function OfferConfirmedEmail(props: OfferConfirmedEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={offerConfirmedSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("offerConfirmed.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>{t("offerConfirmed.body", { edition: props.editionName })}</P>
      <Facts
        items={[
          [t("facts.capacity"), String(props.capacity)],
          [t("facts.topics"), props.topics],
          [t("facts.editableUntil"), emailDay(props.editableUntil, props.locale)],
        ]}
      />
      <P>{t("offerConfirmed.next")}</P>
      <Action href={props.url}>{t("offerConfirmed.action")}</Action>
      <Small>{t("offerConfirmed.note")}</Small>
    </EmailLayout>
  );
}

OfferConfirmedEmail.PreviewProps = {
  locale: "ca",
  name: "Marta Soler Vila",
  editionName: "Convocatòria 2026-2027",
  capacity: 2,
  topics: "Cooperativisme, Mercat social",
  editableUntil: "2026-10-31",
  url: "http://localhost:3000/ca/disponibilitat",
} satisfies OfferConfirmedEmailProps;
