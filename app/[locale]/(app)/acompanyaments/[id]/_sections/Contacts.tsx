import { Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import type { MentorshipView } from "@/lib/mentorships/view";

type Person = MentorshipView["mentorship"]["mentee"];

/** The other party's contact for a party (one's own details are in the profile); both for the secretariat. */
export function Contacts({ view }: { view: MentorshipView }) {
  const m = view.mentorship;
  const people: [string, Person][] =
    view.role === "MENTOR"
      ? [["Persona sol·licitant", m.mentee]]
      : view.role === "MENTEE"
        ? [["Persona mentora", m.mentor]]
        : [
            ["Persona sol·licitant", m.mentee],
            ["Persona mentora", m.mentor],
          ];
  return (
    <div className={`grid gap-6 ${people.length > 1 ? "md:grid-cols-2" : ""}`}>
      {people.map(([label, person]) => (
        <Card key={label} title={label}>
          <Dl
            items={[
              ["Nom", person.name],
              ["Càrrec", person.position],
              ["Municipi", person.municipality ? `${person.municipality.name} (${person.municipality.comarca})` : null],
              [
                "Correu",
                <a key="email" href={`mailto:${person.email}`}>
                  {person.email}
                </a>,
              ],
              ["Telèfon", person.phone ? <a href={`tel:${person.phone.replace(/\s/g, "")}`}>{person.phone}</a> : null],
            ]}
          />
        </Card>
      ))}
    </div>
  );
}
