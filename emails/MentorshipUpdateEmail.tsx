import { Heading } from "@react-email/components";
import type ca from "@/messages/ca.json";
import { formatDateTime } from "@/lib/dates";
import { EmailLayout } from "./components/EmailLayout";
import { emailDay, emailT, type EmailLocale, type EmailT } from "./components/i18n";
import { Action, Facts, P, Small } from "./components/parts";

// The notices of a mentorship's life (agreement to confirm, meeting logged, extension, reply of
// the secretariat…): each is a set of words in emails.notices of the message files, filled with
// what the sender stores (lib/email/senders/mentorship.ts), so it is written in the recipient's
// language when it is delivered.

export type Notice = Exclude<keyof (typeof ca)["emails"]["notices"], "openMentorship">;
type FactLabel = keyof (typeof ca)["emails"]["facts"];
type Mode = keyof (typeof ca)["emails"]["modes"];
type CommunicationKind = keyof (typeof ca)["emails"]["communicationKinds"];

/** A value written out in the recipient's language: a calendar day, an instant, a meeting's mode, a communication's kind. */
export type NoticeValue =
  string | number | { day: string } | { at: string } | { mode: Mode } | { kind: CommunicationKind };

export type MentorshipUpdateEmailProps = {
  locale: EmailLocale;
  notice: Notice;
  values?: Record<string, NoticeValue>;
  /** The recipient's name, for a greeting (the secretariat's notices have none). */
  greeting?: string | null;
  facts?: [FactLabel, NoticeValue][];
  quote?: string | null;
  /** The page the button opens; its label is the notice's own or "Obre l'acompanyament". */
  url?: string | null;
};

function written(value: NoticeValue, t: EmailT, locale: EmailLocale): string {
  if (typeof value !== "object") return String(value);
  if ("day" in value) return emailDay(value.day, locale);
  if ("at" in value) return formatDateTime(new Date(value.at), locale);
  if ("mode" in value) return t(`modes.${value.mode}`);
  return t(`communicationKinds.${value.kind}`);
}

type Loose = ((key: string, values?: Record<string, string>) => string) & { has: (key: string) => boolean };

function words(props: Pick<MentorshipUpdateEmailProps, "notice" | "values" | "locale">) {
  const t = emailT(props.locale);
  const loose = t as unknown as Loose;
  const values = Object.fromEntries(
    Object.entries(props.values ?? {}).map(([name, value]) => [name, written(value, t, props.locale)]),
  );
  const say = (part: string) => {
    const key = `notices.${props.notice}.${part}`;
    return loose.has(key) ? loose(key, values) : null;
  };
  return { t, say };
}

export const mentorshipUpdateSubject = (p: Pick<MentorshipUpdateEmailProps, "notice" | "values" | "locale">) =>
  words(p).say("subject") ?? "";

export default function MentorshipUpdateEmail(props: MentorshipUpdateEmailProps) {
  const { t, say } = words(props);
  return (
    <EmailLayout locale={props.locale} preview={say("subject") ?? ""}>
      <Heading as="h1" style={{ fontSize: 22 }}>
        {say("heading")}
      </Heading>
      {props.greeting ? <P>{t("layout.greeting", { name: props.greeting })}</P> : null}
      {[say("body"), say("body2")].map((text) => (text ? <P key={text}>{text}</P> : null))}
      {props.facts?.length ? (
        <Facts items={props.facts.map(([label, value]) => [t(`facts.${label}`), written(value, t, props.locale)])} />
      ) : null}
      {props.quote ? <P>«{props.quote}»</P> : null}
      {props.url ? <Action href={props.url}>{say("action") ?? t("notices.openMentorship")}</Action> : null}
      {say("note") ? <Small>{say("note")}</Small> : null}
    </EmailLayout>
  );
}

MentorshipUpdateEmail.PreviewProps = {
  locale: "ca",
  notice: "agreementToConfirm",
  values: { by: "Anna Ferrer Bosch" },
  greeting: "Marta Soler Vila",
  facts: [["proposedEnd", { day: "2027-11-30" }]],
  url: "http://localhost:3000/ca/acompanyaments/exemple",
} satisfies MentorshipUpdateEmailProps;
