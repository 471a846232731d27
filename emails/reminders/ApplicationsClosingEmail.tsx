import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { P } from "../components/parts";

export type ApplicationsClosingEmailProps = ReminderBase & {
  editionName: string;
  closesOn: string;
  days: number;
  hasDraft: boolean;
};

export const applicationsClosingSubject = (p: Pick<ApplicationsClosingEmailProps, "days">) =>
  p.days === 1
    ? "Demà es tanquen les inscripcions de mentoria"
    : `Les inscripcions de mentoria es tanquen d'aquí a ${p.days} dies`;

export default function ApplicationsClosingEmail(props: ApplicationsClosingEmailProps) {
  return (
    <ReminderLayout
      {...props}
      preview={applicationsClosingSubject(props)}
      heading="Les inscripcions es tanquen aviat"
      action={props.hasDraft ? "Acaba la sol·licitud" : "Fes la sol·licitud"}
    >
      <P>
        Les inscripcions de la {props.editionName} es tanquen el {props.closesOn} a les 23:59.{" "}
        {props.hasDraft
          ? "Teniu una sol·licitud desada com a esborrany: recordeu enviar-la abans del termini."
          : "Si el vostre municipi vol rebre l'acompanyament d'una persona mentora, encara hi sou a temps."}
      </P>
    </ReminderLayout>
  );
}

ApplicationsClosingEmail.PreviewProps = {
  ...reminderPreview,
  editionName: "Convocatòria 2026-2027",
  closesOn: "30 de setembre de 2026",
  days: 7,
  hasDraft: true,
} satisfies ApplicationsClosingEmailProps;
