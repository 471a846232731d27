import { Heading } from "@react-email/components";
import { EmailLayout } from "./components/EmailLayout";
import { Action, Facts, P } from "./components/parts";

export type ApprovalRequestEmailProps = {
  personName: string;
  personEmail: string;
  municipality: string;
  domains: string;
  wantsToMentor: boolean;
  url: string;
};

export const approvalRequestSubject = (p: Pick<ApprovalRequestEmailProps, "personName">) =>
  `Registre pendent de validació: ${p.personName}`;

/** To the secretariat: a registration waits for their approval. */
export default function ApprovalRequestEmail(props: ApprovalRequestEmailProps) {
  return (
    <EmailLayout preview={approvalRequestSubject(props)}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Un registre espera la vostra validació
      </Heading>
      <P>
        {props.domains
          ? `${props.personName} s'ha registrat com a persona tècnica d'un municipi que té dominis de correu definits, amb una adreça que no hi coincideix.`
          : `${props.personName} s'ha registrat com a persona tècnica d'un municipi que no té cap domini de correu registrat: cal comprovar que treballa a l'ajuntament.`}
      </P>
      <Facts
        items={[
          ["Persona", `${props.personName} (${props.personEmail})`],
          ["Municipi", props.municipality],
          ["Dominis del municipi", props.domains || "Cap"],
          ["Vol ser persona mentora", props.wantsToMentor ? "Sí" : "No"],
        ]}
      />
      <Action href={props.url}>Revisa el registre</Action>
    </EmailLayout>
  );
}

ApprovalRequestEmail.PreviewProps = {
  personName: "Laura Costa Puig",
  personEmail: "laura.costa@example.org",
  municipality: "Girona",
  domains: "ajgirona.cat",
  wantsToMentor: false,
  url: "http://localhost:3000/ca/secretaria/persones/exemple",
} satisfies ApprovalRequestEmailProps;
