import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, P, Small } from "./components/parts";

export type ApprovalDecisionEmailProps = { locale: EmailLocale; name: string; approved: boolean; url: string };

export const approvalDecisionSubject = (p: Pick<ApprovalDecisionEmailProps, "approved">, t: EmailT) =>
  t(p.approved ? "approvalDecision.subjectApproved" : "approvalDecision.subjectRejected");

export default function ApprovalDecisionEmail(props: ApprovalDecisionEmailProps) {
  const t = emailT(props.locale);
  return (
    <EmailLayout locale={props.locale} preview={approvalDecisionSubject(props, t)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {t(props.approved ? "approvalDecision.headingApproved" : "approvalDecision.headingRejected")}
      </Heading>
      <P>{t("layout.greeting", { name: props.name })}</P>
      {props.approved ? (
        <>
          <P>{t("approvalDecision.approved")}</P>
          <Action href={props.url}>{t("approvalDecision.action")}</Action>
        </>
      ) : (
        <>
          <P>{t("approvalDecision.rejected")}</P>
          <Small>{t("approvalDecision.rejectedNote")}</Small>
        </>
      )}
    </EmailLayout>
  );
}

ApprovalDecisionEmail.PreviewProps = {
  locale: "ca",
  name: "Laura Costa Puig",
  approved: true,
  url: "http://localhost:3000/ca/inici",
} satisfies ApprovalDecisionEmailProps;
