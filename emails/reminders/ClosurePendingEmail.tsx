import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
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
) =>
  p.changesRequested
    ? "La fitxa de la mentoria espera els vostres canvis"
    : p.fitxa && p.evaluation
      ? "Tanquem la mentoria: falten la valoració i la fitxa"
      : p.fitxa
        ? "Tanquem la mentoria: falta la fitxa"
        : "Tanquem la mentoria: falta la vostra valoració";

export default function ClosurePendingEmail(props: ClosurePendingEmailProps) {
  const missing = [props.evaluation ? "la vostra valoració" : null, props.fitxa ? "la fitxa de la mentoria" : null]
    .filter(Boolean)
    .join(" i ");
  return (
    <ReminderLayout
      {...props}
      preview={closurePendingSubject(props)}
      heading={closurePendingSubject(props)}
      action="Obre l'acompanyament"
    >
      <P>
        {props.changesRequested
          ? `Fa ${props.days} dies que la secretaria va demanar canvis a la fitxa de l'acompanyament amb ${props.other}. Quan els tingueu, torneu-la a enviar.`
          : `L'acompanyament amb ${props.other} va acabar fa ${props.days} dies i encara falta ${missing}. Només us prendrà uns minuts i ajuda altres municipis.`}
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
