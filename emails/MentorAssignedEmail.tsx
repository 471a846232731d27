import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P, Small } from "./components/parts";

export type MentorAssignedEmailProps = {
  name: string;
  editionName: string;
  mentorName: string;
  mentorEmail: string;
  mentorPhone?: string | null;
  mentorPosition?: string | null;
  mentorMunicipality: string;
  mentoringStartOn: string;
  url: string;
};

export const mentorAssignedSubject = "Ja teniu persona mentora";

/** To the mentee, when a mentor accepts: the mentor's contact and the next steps. */
export default function MentorAssignedEmail(props: MentorAssignedEmailProps) {
  return (
    <EmailLayout preview={`${mentorAssignedSubject}: ${props.mentorName}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Ja teniu persona mentora
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        {props.mentorName} ha acceptat acompanyar-vos en la {props.editionName} del programa de mentoria de
        l&apos;XMESS.
      </P>
      <Facts
        items={[
          ["Persona mentora", `${props.mentorName}${props.mentorPosition ? `, ${props.mentorPosition}` : ""}`],
          ["Municipi", props.mentorMunicipality],
          ["Correu", props.mentorEmail],
          ...(props.mentorPhone ? ([["Telèfon", props.mentorPhone]] as [string, string][]) : []),
        ]}
      />
      <P>Els passos següents:</P>
      <P>
        1. Poseu-vos en contacte amb {props.mentorName} per iniciar l&apos;acompanyament (els acompanyaments comencen el{" "}
        {props.mentoringStartOn}).
        <br />
        2. Pacteu entre les dues parts els terminis, la durada i les activitats principals (el pla de treball).
        <br />
        3. Feu com a mínim dues trobades presencials. La mentoria dura com a màxim un any, llevat que acordeu una
        ampliació.
        <br />
        4. Comuniqueu a la secretaria les incidències i la data de finalització pactada.
      </P>
      <Action href={props.url}>Obre la plataforma</Action>
      <Small>
        La mentoria és voluntària, gratuïta i autogestionada entre les dues parts, i es basa en la confiança.
      </Small>
    </EmailLayout>
  );
}

MentorAssignedEmail.PreviewProps = {
  name: "Anna Ferrer Bosch",
  editionName: "Convocatòria 2026-2027",
  mentorName: "Marta Soler Vila",
  mentorEmail: "marta.soler@example.org",
  mentorPhone: "937 000 000",
  mentorPosition: "Tècnica d'economia social",
  mentorMunicipality: "Sabadell",
  mentoringStartOn: "2 de novembre de 2026",
  url: "http://localhost:3000/ca/inici",
} satisfies MentorAssignedEmailProps;
