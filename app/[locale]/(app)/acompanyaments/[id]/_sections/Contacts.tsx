import { useTranslations } from "next-intl";
import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import type { MentorshipView } from "@/lib/mentorships/view";

type Person = MentorshipView["mentorship"]["mentee"];

/** The other party's contact for a party (one's own details are in the profile); both for the secretariat. */
export function Contacts({ view }: { view: MentorshipView }) {
  const t = useTranslations("mentorship");
  const m = view.mentorship;
  const people: [string, Person][] =
    view.role === "MENTOR"
      ? [[t("mentee"), m.mentee]]
      : view.role === "MENTEE"
        ? [[t("mentor"), m.mentor]]
        : [
            [t("mentee"), m.mentee],
            [t("mentor"), m.mentor],
          ];
  return (
    <div className={`grid gap-6 ${people.length > 1 ? "md:grid-cols-2" : ""}`}>
      {people.map(([label, person]) => (
        <Card key={label} title={label}>
          <Dl
            items={[
              [t("contact.name"), person.name],
              [t("contact.position"), person.position],
              [
                t("contact.municipality"),
                person.municipality ? `${person.municipality.name} (${person.municipality.comarca})` : null,
              ],
              [
                t("contact.email"),
                <a key="email" href={`mailto:${person.email}`}>
                  {person.email}
                </a>,
              ],
              [
                t("contact.phone"),
                person.phone ? <a href={`tel:${person.phone.replace(/\s/g, "")}`}>{person.phone}</a> : null,
              ],
            ]}
          />
        </Card>
      ))}
    </div>
  );
}
