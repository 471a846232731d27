import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { emailT, type EmailT } from "../components/i18n";
import { P } from "../components/parts";

export type ClosurePendingEmailProps = ReminderBase & {
  other: string;
  days: number;
  evaluation: boolean;
  fitxa: boolean;
  changesRequested?: boolean;
};

export const closurePendingSubject = (
  p: Pick<ClosurePendingEmailProps, "fitxa" | "evaluation" | "changesRequested">,
  t: EmailT,
) =>
  t(
    p.changesRequested
      ? "closurePending.subjectChanges"
      : p.fitxa && p.evaluation
        ? "closurePending.subjectBoth"
        : p.fitxa
          ? "closurePending.subjectFitxa"
          : "closurePending.subjectEvaluation",
  );

export default function ClosurePendingEmail(props: ClosurePendingEmailProps) {
  const t = emailT(props.locale);
  const what = props.evaluation && props.fitxa ? "both" : props.fitxa ? "fitxa" : "evaluation";
  return (
    <ReminderLayout
      {...props}
      preview={closurePendingSubject(props, t)}
      heading={closurePendingSubject(props, t)}
      action={t("closurePending.action")}
    >
      <P>
        {props.changesRequested
          ? t("closurePending.changes", { days: props.days, other: props.other })
          : t("closurePending.missing", { days: props.days, other: props.other, what })}
      </P>
    </ReminderLayout>
  );
}

ClosurePendingEmail.PreviewProps = {
  ...reminderPreview,
  other: "Marta Soler Vila",
  days: 7,
  evaluation: true,
  fitxa: true,
} satisfies ClosurePendingEmailProps;
