import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { emailDay, emailT, type EmailT } from "../components/i18n";
import { P } from "../components/parts";

export type ApplicationsClosingEmailProps = ReminderBase & {
  editionName: string;
  /** "YYYY-MM-DD" */
  closesOn: string;
  days: number;
  hasDraft: boolean;
};

export const applicationsClosingSubject = (p: Pick<ApplicationsClosingEmailProps, "days">, t: EmailT) =>
  t("applicationsClosing.subject", { days: p.days });

export default function ApplicationsClosingEmail(props: ApplicationsClosingEmailProps) {
  const t = emailT(props.locale);
  return (
    <ReminderLayout
      {...props}
      preview={applicationsClosingSubject(props, t)}
      heading={t("applicationsClosing.heading")}
      action={t(props.hasDraft ? "applicationsClosing.actionDraft" : "applicationsClosing.actionNew")}
    >
      <P>
        {t("applicationsClosing.closes", {
          edition: props.editionName,
          closesOn: emailDay(props.closesOn, props.locale),
        })}{" "}
        {t(props.hasDraft ? "applicationsClosing.draft" : "applicationsClosing.noDraft")}
      </P>
    </ReminderLayout>
  );
}

ApplicationsClosingEmail.PreviewProps = {
  ...reminderPreview,
  editionName: "Convocatòria 2026-2027",
  closesOn: "2026-09-30",
  days: 7,
  hasDraft: true,
} satisfies ApplicationsClosingEmailProps;
