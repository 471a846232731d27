import { Heading, Section, Text } from "@react-email/components";
import { EmailLayout } from "../components/EmailLayout";
import { Action, P } from "../components/parts";

export type DigestItem = { label: string; count: number };
export type WeeklyDigestEmailProps = { name: string; items: DigestItem[]; url: string };

export const weeklyDigestSubject = "Resum setmanal de Mentoria XMESS: què cal atendre";

/** To the secretariat every Monday: what needs attention. */
export default function WeeklyDigestEmail(props: WeeklyDigestEmailProps) {
  const pending = props.items.filter((i) => i.count > 0);
  return (
    <EmailLayout preview={weeklyDigestSubject}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        Resum setmanal
      </Heading>
      <P>Hola, {props.name}:</P>
      {pending.length ? (
        <Section>
          {pending.map((item) => (
            <Text key={item.label} style={{ margin: "6px 0", fontSize: 15 }}>
              • {item.label}: <strong>{item.count}</strong>
            </Text>
          ))}
        </Section>
      ) : (
        <P>Aquesta setmana no hi ha res pendent. Bona feina!</P>
      )}
      <Action href={props.url}>Obre el tauler</Action>
    </EmailLayout>
  );
}

WeeklyDigestEmail.PreviewProps = {
  name: "Laia Puig i Ferrer",
  items: [
    { label: "Propostes pendents de resposta fa més d'una setmana", count: 2 },
    { label: "Comunicacions obertes", count: 1 },
  ],
  url: "http://localhost:3000/ca/secretaria",
} satisfies WeeklyDigestEmailProps;
