import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P } from "./components/parts";

export type ProposalAnsweredEmailProps = {
  locale: EmailLocale;
  accepted: boolean;
  mentorName: string;
  menteeName: string;
  municipality: string;
  reason?: string | null;
  url: string;
};

export const proposalAnsweredSubject = (
  p: Pick<ProposalAnsweredEmailProps, "accepted" | "mentorName" | "municipality">,
  t: EmailT,
) =>
  t(p.accepted ? "proposalAnswered.subjectAccepted" : "proposalAnswered.subjectDeclined", {
    mentor: p.mentorName,
    municipality: p.municipality,
  });

/** To the secretariat, when a mentor answers a proposal. */
export default function ProposalAnsweredEmail(props: ProposalAnsweredEmailProps) {
  const t = emailT(props.locale);
  const values = { mentor: props.mentorName, mentee: props.menteeName, municipality: props.municipality };
  return (
    <EmailLayout locale={props.locale} preview={proposalAnsweredSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t(props.accepted ? "proposalAnswered.headingAccepted" : "proposalAnswered.headingDeclined")}
      </Heading>
      <P>{t(props.accepted ? "proposalAnswered.accepted" : "proposalAnswered.declined", values)}</P>
      {!props.accepted && props.reason ? <Facts items={[[t("facts.reason"), props.reason]]} /> : null}
      <Action href={props.url}>{t("proposalAnswered.action")}</Action>
    </EmailLayout>
  );
}

ProposalAnsweredEmail.PreviewProps = {
  locale: "ca",
  accepted: false,
  mentorName: "Marta Soler Vila",
  menteeName: "Anna Ferrer Bosch",
  municipality: "Olot",
  reason: "Aquest trimestre no tinc temps.",
  url: "http://localhost:3000/ca/secretaria/convocatories/exemple/matching",
} satisfies ProposalAnsweredEmailProps;
