import { line, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";

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
  name: line({ error: vmsg("municipalities.indiqueuNomMunicipi") })
    .trim()
    .min(2, { error: vmsg("municipalities.indiqueuNomMunicipi") })
    .max(100, { error: vmsg("municipalities.nomPotPassarCaracters") }),
  comarca: line({ error: vmsg("municipalities.indiqueuComarca") })
    .trim()
    .min(2, { error: vmsg("municipalities.indiqueuComarca") })
    .max(60, { error: vmsg("municipalities.comarcaPotPassarCaracters") }),
  population: z
    .union([z.literal(""), z.coerce.number({ error: vmsg("municipalities.poblacioNombre") })])
    .transform((v) => (v === "" ? null : v))
    .pipe(
      z
        .number({ error: vmsg("municipalities.poblacioNombre") })
        .int({ error: vmsg("municipalities.poblacioNombreEnter") })
        .min(1, { error: vmsg("municipalities.poblacioMesGranZero") })
        .max(10_000_000, { error: vmsg("municipalities.poblacioValida") })
        .nullable(),
    ),
  emailDomains: z
    .string()
    .max(500, { error: vmsg("municipalities.massaDominis") })
    .default("")
    .transform(splitDomains)
    .pipe(
      z
        .array(z.string().regex(DOMAIN, { error: vmsg("municipalities.algunDominiValidExemple") }))
        .max(10, { error: vmsg("municipalities.maximDominis") }),
    ),
});

export type MunicipalityInput = z.input<typeof municipalitySchema>;

/** The municipality form: a new one (no id) or a change of one. */
export const municipalityFormSchema = z.object({ id: z.string().max(40).optional(), values: municipalitySchema });
