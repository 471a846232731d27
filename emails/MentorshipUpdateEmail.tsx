import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P, Small } from "./components/parts";

// The notices of a mentorship's life (agreement to confirm, meeting logged, extension, reply
// of the secretariat…). Each sender in lib/email/senders/mentorship.ts writes its own words.
export type MentorshipUpdateEmailProps = {
  preview: string;
  heading: string;
  greeting?: string | null;
  paragraphs: string[];
  facts?: [string, string][];
  quote?: string | null;
  action?: { label: string; url: string } | null;
  note?: string | null;
};

export default function MentorshipUpdateEmail(props: MentorshipUpdateEmailProps) {
  return (
    <EmailLayout preview={props.preview}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {props.heading}
      </Heading>
      {props.greeting ? <P>Hola, {props.greeting}:</P> : null}
      {props.paragraphs.map((text) => (
        <P key={text}>{text}</P>
      ))}
      {props.facts?.length ? <Facts items={props.facts} /> : null}
      {props.quote ? <P>«{props.quote}»</P> : null}
      {props.action ? <Action href={props.action.url}>{props.action.label}</Action> : null}
      {props.note ? <Small>{props.note}</Small> : null}
    </EmailLayout>
  );
}

MentorshipUpdateEmail.PreviewProps = {
  preview: "Acord per confirmar",
  heading: "Hi ha un acord per confirmar",
  greeting: "Marta Soler Vila",
  paragraphs: [
    "Anna Ferrer Bosch ha redactat el pla de treball de l'acompanyament. Reviseu-lo i, si hi esteu d'acord, confirmeu-lo.",
  ],
  facts: [["Data de finalització proposada", "30 de novembre de 2027"]],
  action: { label: "Obre l'acompanyament", url: "http://localhost:3000/ca/acompanyaments/exemple" },
} satisfies MentorshipUpdateEmailProps;
