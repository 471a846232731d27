import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P, Small } from "./components/parts";

export type MentoringStartEmailProps = {
  name: string;
  role: "MENTOR" | "MENTEE";
  editionName: string;
  other: { name: string; email: string; phone?: string | null; position?: string | null; municipality: string };
  requiredMeetings: number;
  inPerson: boolean;
  maxDurationMonths: number;
  url: string;
};

export const mentoringStartSubject = "Comença l'acompanyament de mentoria";

/** To both parties when the mentoring starts: each other's contact and the programme's rules. */
export default function MentoringStartEmail(props: MentoringStartEmailProps) {
  const mentee = props.role === "MENTEE";
  return (
    <EmailLayout preview={`${mentoringStartSubject} amb ${props.other.name}`}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Comença l&apos;acompanyament
      </Heading>
      <P>Hola, {props.name}:</P>
      <P>
        Comencen els acompanyaments de la {props.editionName} del programa de mentoria de l&apos;XMESS.{" "}
        {mentee
          ? `Us toca fer el primer pas: poseu-vos en contacte amb ${props.other.name}, la vostra persona mentora, per iniciar l'acompanyament.`
          : `${props.other.name} es posarà en contacte amb vosaltres per iniciar l'acompanyament.`}
      </P>
      <Facts
        items={[
          [
            mentee ? "Persona mentora" : "Persona sol·licitant",
            `${props.other.name}${props.other.position ? `, ${props.other.position}` : ""}`,
          ],
          ["Municipi", props.other.municipality],
          ["Correu", props.other.email],
          ...(props.other.phone ? ([["Telèfon", props.other.phone]] as [string, string][]) : []),
        ]}
      />
      <P>Les regles del programa:</P>
      <P>
        · Entre les dues parts pacteu els terminis, la durada i les activitats principals (el pla de treball), i el
        registreu a la plataforma.
        <br />· Feu com a mínim {props.requiredMeetings} trobades{props.inPerson ? " presencials" : ""}.
        <br />· La mentoria dura com a màxim {props.maxDurationMonths} mesos, llevat que les dues parts acordin
        explícitament una ampliació.
        <br />· La persona sol·licitant comunica a la secretaria les incidències i la data de finalització pactada, i en
        acabar documenta la mentoria a la fitxa.
      </P>
      <Action href={props.url}>Obre l&apos;acompanyament</Action>
      <Small>
        La mentoria és voluntària, gratuïta i autogestionada entre les dues parts, i es basa en la confiança.
      </Small>
    </EmailLayout>
  );
}

MentoringStartEmail.PreviewProps = {
  name: "Anna Ferrer Bosch",
  role: "MENTEE",
  editionName: "Convocatòria 2026-2027",
  other: {
    name: "Marta Soler Vila",
    email: "marta.soler@example.org",
    phone: "937 000 000",
    position: "Tècnica d'economia social",
    municipality: "Sabadell",
  },
  requiredMeetings: 2,
  inPerson: true,
  maxDurationMonths: 12,
  url: "http://localhost:3000/ca/acompanyaments/exemple",
} satisfies MentoringStartEmailProps;
