import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { P } from "../components/parts";

export type AvailabilityPendingEmailProps = ReminderBase & { editionName: string; matchingDeadlineOn: string };

export const availabilityPendingSubject = "Encara no heu confirmat la vostra disponibilitat com a persona mentora";

export default function AvailabilityPendingEmail(props: AvailabilityPendingEmailProps) {
  return (
    <ReminderLayout
      {...props}
      preview={availabilityPendingSubject}
      heading="Teniu disponibilitat aquest any?"
      action="Confirma la disponibilitat"
    >
      <P>
        Encara no ens heu dit si teniu disponibilitat per acompanyar altres municipis en la {props.editionName}. Les
        propostes de parelles es fan abans del {props.matchingDeadlineOn}. Confirmar-la no us obliga a acceptar cap
        proposta.
      </P>
    </ReminderLayout>
  );
}

AvailabilityPendingEmail.PreviewProps = {
  ...reminderPreview,
  editionName: "Convocatòria 2026-2027",
  matchingDeadlineOn: "31 d’octubre de 2026",
} satisfies AvailabilityPendingEmailProps;
