import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { P, Small } from "./components/parts";

export type ProposalWithdrawnEmailProps = {
  locale: EmailLocale;
  name: string;
  municipality: string;
  editionName: string;
};

export const proposalWithdrawnSubject = (p: Pick<ProposalWithdrawnEmailProps, "municipality">, t: EmailT) =>
  t("proposalWithdrawn.subject", { municipality: p.municipality });

export default function ProposalWithdrawnEmail(props: ProposalWithdrawnEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={proposalWithdrawnSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("proposalWithdrawn.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>{t("proposalWithdrawn.body", { municipality: props.municipality, edition: props.editionName })}</P>
      <Small>{t("proposalWithdrawn.note")}</Small>
    </EmailLayout>
  );
}

ProposalWithdrawnEmail.PreviewProps = {
  locale: "ca",
  name: "Marta Soler Vila",
  municipality: "Olot",
  editionName: "Convocatòria 2026-2027",
} satisfies ProposalWithdrawnEmailProps;
