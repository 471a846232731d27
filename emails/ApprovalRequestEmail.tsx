import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { personFacts } from "./components/contact";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P } from "./components/parts";

export type ApprovalRequestEmailProps = {
  locale: EmailLocale;
  personName: string;
  personEmail: string;
  municipality: string;
  domains: string;
  wantsToMentor: boolean;
  url: string;
};

export const approvalRequestSubject = (p: Pick<ApprovalRequestEmailProps, "personName">, t: EmailT) =>
  t("approvalRequest.subject", { person: p.personName });

/** To the secretariat: a registration waits for their approval. */
export default function ApprovalRequestEmail(props: ApprovalRequestEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={approvalRequestSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t("approvalRequest.heading")}
      </Heading>
      <P>
        {t(props.domains ? "approvalRequest.withDomains" : "approvalRequest.withoutDomains", {
          person: props.personName,
        })}
      </P>
      <Facts
        items={[
          ...personFacts(t, props),
          [t("facts.domains"), props.domains || t("facts.none")],
          [t("facts.wantsToMentor"), t(props.wantsToMentor ? "facts.yes" : "facts.no")],
        ]}
      />
      <Action href={props.url}>{t("approvalRequest.action")}</Action>
    </EmailLayout>
  );
}

ApprovalRequestEmail.PreviewProps = {
  locale: "ca",
  personName: "Laura Costa Puig",
  personEmail: "laura.costa@example.org",
  municipality: "Girona",
  domains: "ajgirona.cat",
  wantsToMentor: false,
  url: "http://localhost:3000/ca/secretaria/persones/exemple",
} satisfies ApprovalRequestEmailProps;
