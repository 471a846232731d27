import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P } from "./components/parts";

export type MentorInterestEmailProps = { personName: string; personEmail: string; municipality: string; url: string };

export const mentorInterestSubject = (p: Pick<MentorInterestEmailProps, "personName">) =>
  `${p.personName} vol ser persona mentora`;

/** To the secretariat: someone registered through "Vull ser persona mentora". */
export default function MentorInterestEmail(props: MentorInterestEmailProps) {
  return (
    <EmailLayout preview={mentorInterestSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Una nova persona vol ser mentora
      </Heading>
      <P>
        {props.personName} s&apos;ha registrat a la plataforma amb l&apos;opció «Vull ser persona mentora». Si la
        secretaria la compta com a persona mentora, rebrà la petició de disponibilitat de cada convocatòria.
      </P>
      <Facts
        items={[
          ["Persona", `${props.personName} (${props.personEmail})`],
          ["Municipi", props.municipality],
        ]}
      />
      <Action href={props.url}>Obre la fitxa de la persona</Action>
    </EmailLayout>
  );
}

MentorInterestEmail.PreviewProps = {
  personName: "Albert Riera Font",
  personEmail: "albert.riera@example.org",
  municipality: "El Prat de Llobregat",
  url: "http://localhost:3000/ca/secretaria/persones/exemple",
} satisfies MentorInterestEmailProps;
