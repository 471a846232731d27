import { Heading, Section, Text } from "@react-email/components";
import { EmailLayout } from "../components/EmailLayout";
import { emailT, type EmailLocale, type EmailT } from "../components/i18n";
import { Action, P } from "../components/parts";

export type DigestItemKey =
  "proposals" | "noAgreement" | "communications" | "fitxes" | "failedEmails" | "registrations";
export type DigestItem = { key: DigestItemKey; count: number };
export type WeeklyDigestEmailProps = { name: string; items: DigestItem[]; url: string; locale: EmailLocale };

export const weeklyDigestSubject = (_: unknown, t: EmailT) => t("weeklyDigest.subject");

/** To the secretariat every Monday: what needs attention. */
export default function WeeklyDigestEmail(props: WeeklyDigestEmailProps) {
  const t = emailT(props.locale);
  const pending = props.items.filter((i) => i.count > 0);
  return (
    <EmailLayout locale={props.locale} preview={weeklyDigestSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("weeklyDigest.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      {pending.length ? (
        <Section>
          {pending.map((item) => (
            <Text key={item.key} style={{ margin: "6px 0", fontSize: 15 }}>
              • {t(`weeklyDigest.items.${item.key}`)}: <strong>{item.count}</strong>
            </Text>
          ))}
        </Section>
      ) : (
        <P>{t("weeklyDigest.nothing")}</P>
      )}
      <Action href={props.url}>{t("weeklyDigest.action")}</Action>
    </EmailLayout>
  );
}

WeeklyDigestEmail.PreviewProps = {
  name: "Secretaria XMESS",
  url: "http://localhost:3000/ca/secretaria",
  locale: "ca",
  items: [
    { key: "proposals", count: 2 },
    { key: "communications", count: 1 },
  ],
} satisfies WeeklyDigestEmailProps;
