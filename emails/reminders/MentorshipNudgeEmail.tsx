import { ReminderLayout, reminderPreview, type ReminderBase } from "../components/ReminderLayout";
import { P } from "../components/parts";

// The reminders of a mentorship's course: no first contact, no agreement, meetings short at
// mid-term, end approaching. Each kind has its own words.
export type MentorshipNudgeKind = "no-first-contact" | "no-agreement" | "meetings-midterm" | "end-approaching";
export type MentorshipNudgeEmailProps = ReminderBase & {
  kind: MentorshipNudgeKind;
  other: string;
  days: number;
  endOn?: string;
  meetings?: string;
};

export const mentorshipNudgeSubject = (p: Pick<MentorshipNudgeEmailProps, "kind" | "days">) =>
  ({
    "no-first-contact": "Encara no consta el primer contacte de la mentoria",
    "no-agreement": "Encara no heu confirmat l'acord de la mentoria",
    "meetings-midterm": "La mentoria és a la meitat i falten trobades",
    "end-approaching": `La mentoria acaba d'aquí a ${p.days} dies`,
  })[p.kind];

const TEXT: Record<MentorshipNudgeKind, (p: MentorshipNudgeEmailProps) => string> = {
  "no-first-contact": (p) =>
    `Fa ${p.days} dies que va començar l'acompanyament amb ${p.other} i encara no consta el primer contacte. Si ja us heu posat en contacte, registreu-ho a la plataforma.`,
  "no-agreement": (p) =>
    `Fa ${p.days} dies que va començar l'acompanyament amb ${p.other} i encara no hi ha cap acord confirmat. Pacteu els objectius, les activitats, les trobades i la data de finalització, i confirmeu-ho a la plataforma.`,
  "meetings-midterm": (p) =>
    `L'acompanyament amb ${p.other} ja és a la meitat i encara no s'han fet i confirmat les trobades que demana el programa (${p.meetings}). Planifiqueu-les amb temps.`,
  "end-approaching": (p) =>
    `L'acompanyament amb ${p.other} acaba el ${p.endOn}. En acabar, cadascú farà una valoració breu i la persona que ha rebut la mentoria en documentarà l'experiència a la fitxa. Si necessiteu més temps, podeu proposar una ampliació a la plataforma.`,
};

export default function MentorshipNudgeEmail(props: MentorshipNudgeEmailProps) {
  return (
    <ReminderLayout
      {...props}
      preview={mentorshipNudgeSubject(props)}
      heading={mentorshipNudgeSubject(props)}
      action="Obre l'acompanyament"
    >
      <P>{TEXT[props.kind](props)}</P>
    </ReminderLayout>
  );
}

MentorshipNudgeEmail.PreviewProps = {
  ...reminderPreview,
  kind: "no-first-contact",
  other: "Marta Soler Vila",
  days: 14,
} satisfies MentorshipNudgeEmailProps;
