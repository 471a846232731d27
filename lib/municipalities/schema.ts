import { line, z } from "@/lib/zod";

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "ajgirona.cat girona.cat" or "ajgirona.cat, girona.cat" → ["ajgirona.cat", "girona.cat"]. */
export function splitDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;|]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
        .filter(Boolean),
    ),
  ];
}

export const municipalitySchema = z.object({
  name: line({ error: "Indiqueu el nom del municipi." })
    .trim()
    .min(2, { error: "Indiqueu el nom del municipi." })
    .max(100, { error: "El nom no pot passar de 100 caràcters." }),
  comarca: line({ error: "Indiqueu la comarca." })
    .trim()
    .min(2, { error: "Indiqueu la comarca." })
    .max(60, { error: "La comarca no pot passar de 60 caràcters." }),
  population: z
    .union([z.literal(""), z.coerce.number({ error: "La població ha de ser un nombre." })])
    .transform((v) => (v === "" ? null : v))
    .pipe(
      z
        .number({ error: "La població ha de ser un nombre." })
        .int({ error: "La població ha de ser un nombre enter." })
        .min(1, { error: "La població ha de ser més gran que zero." })
        .max(10_000_000, { error: "La població no és vàlida." })
        .nullable(),
    ),
  emailDomains: z
    .string()
    .max(500, { error: "Massa dominis." })
    .default("")
    .transform(splitDomains)
    .pipe(
      z
        .array(z.string().regex(DOMAIN, { error: "Algun domini no és vàlid (per exemple: ajgirona.cat)." }))
        .max(10, { error: "Com a màxim 10 dominis." }),
    ),
});

export type MunicipalityInput = z.input<typeof municipalitySchema>;

/** The municipality form: a new one (no id) or a change of one. */
export const municipalityFormSchema = z.object({ id: z.string().max(40).optional(), values: municipalitySchema });
