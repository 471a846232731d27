import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, P } from "./components/parts";

export type LateApplicationAllowedEmailProps = { locale: EmailLocale; name: string; editionName: string; url: string };

export const lateApplicationAllowedSubject = (p: Pick<LateApplicationAllowedEmailProps, "editionName">, t: EmailT) =>
  t("lateApplicationAllowed.subject", { edition: p.editionName });

export default function LateApplicationAllowedEmail(props: LateApplicationAllowedEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={lateApplicationAllowedSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("lateApplicationAllowed.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>{t("lateApplicationAllowed.body", { edition: props.editionName })}</P>
      <Action href={props.url}>{t("lateApplicationAllowed.action")}</Action>
    </EmailLayout>
  );
}

LateApplicationAllowedEmail.PreviewProps = {
  locale: "ca",
  name: "Joan Martí Prats",
  editionName: "Convocatòria 2026-2027",
  url: "http://localhost:3000/ca/sollicitud",
} satisfies LateApplicationAllowedEmailProps;
