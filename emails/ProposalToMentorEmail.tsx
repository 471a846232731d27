import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailDay, emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P, Small } from "./components/parts";

export type ProposalToMentorEmailProps = {
  locale: EmailLocale;
  name: string;
  editionName: string;
  municipality: string;
  topics: string;
  /** "YYYY-MM-DD" */
  respondBy: string;
  message?: string | null;
  url: string;
};

export const proposalToMentorSubject = (p: Pick<ProposalToMentorEmailProps, "municipality">, t: EmailT) =>
  t("proposalToMentor.subject", { municipality: p.municipality });

export default function ProposalToMentorEmail(props: ProposalToMentorEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={proposalToMentorSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("proposalToMentor.heading")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      <P>{t("proposalToMentor.body", { municipality: props.municipality, edition: props.editionName })}</P>
      <Facts
        items={[
          [t("facts.municipality"), props.municipality],
          [t("facts.needsTopics"), props.topics],
          [t("facts.respondBy"), t("proposalToMentor.until", { date: emailDay(props.respondBy, props.locale) })],
        ]}
      />
      {props.message ? <P>{t("proposalToMentor.message", { message: props.message })}</P> : null}
      <Action href={props.url}>{t("proposalToMentor.action")}</Action>
      <Small>{t("proposalToMentor.note")}</Small>
    </EmailLayout>
  );
}

ProposalToMentorEmail.PreviewProps = {
  locale: "ca",
  name: "Marta Soler Vila",
  editionName: "Convocatòria 2026-2027",
  municipality: "Olot",
  topics: "Cooperativisme, Mercat social",
  respondBy: "2026-10-20",
  message: "Creiem que la vostra experiència amb cooperatives els anirà molt bé.",
  url: "http://localhost:3000/ca/propostes/exemple",
} satisfies ProposalToMentorEmailProps;
