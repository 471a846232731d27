import type { ReactNode } from "react";
import type { EmailT } from "./i18n";

export type Contact = {
  name: string;
  email: string;
  phone?: string | null;
  position?: string | null;
  municipality: string;
};

/** The facts of the other party in a pairing: name and position, municipality, email and phone. */
export function contactFacts(t: EmailT, role: "mentor" | "mentee", person: Contact): [string, ReactNode][] {
  return [
    [t(`facts.${role}`), `${person.name}${person.position ? `, ${person.position}` : ""}`],
    [t("facts.municipality"), person.municipality],
    [t("facts.email"), person.email],
    ...(person.phone ? ([[t("facts.phone"), person.phone]] as [string, string][]) : []),
  ];
}

/** A person the secretariat is told about: "Persona: name (email)" and their municipality. */
export function personFacts(t: EmailT, p: { personName: string; personEmail: string; municipality: string }) {
  return [
    [t("facts.person"), `${p.personName} (${p.personEmail})`],
    [t("facts.municipality"), p.municipality],
  ] satisfies [string, ReactNode][];
}
