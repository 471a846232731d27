import { line, paragraph, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";

export const offerSchema = z.object({
  capacity: z.coerce
    .number({ error: vmsg("offers.indiqueuQuantesPersonesPodeu") })
    .int({ error: vmsg("offers.nombreEnter") })
    .min(1, { error: vmsg("offers.minimPersona") })
    .max(5, { error: vmsg("offers.maximPersones") }),
  // A form with a single checkbox gives its value or false instead of a list.
  topicIds: z
    .union([z.array(z.string().max(40)), z.string().max(40), z.literal(false), z.null()], {
      error: vmsg("offers.trieuAlmenysAmbit"),
    })
    .optional()
    .transform((v) => (typeof v === "string" ? [v] : Array.isArray(v) ? v : []))
    .pipe(
      z
        .array(z.string())
        .min(1, { error: vmsg("offers.trieuAlmenysAmbitTingueu") })
        .max(30, { error: vmsg("offers.massaAmbits") }),
    ),
  experience: paragraph({ error: vmsg("offers.expliqueuBreumentVostraExperiencia") })
    .trim()
    .min(20, { error: vmsg("offers.expliqueuBreumentVostraExperiencia2") })
    .max(3000, { error: vmsg("common.tooLong", { max: 3000 }) }),
  preferredFormat: z.enum(["IN_PERSON", "ONLINE", "MIXED"], { error: vmsg("offers.trieuFormatPreferiu") }),
  travelArea: line()
    .trim()
    .max(300, { error: vmsg("common.tooLong", { max: 300 }) })
    .nullable()
    .default("")
    .transform((v) => v || null),
  notes: paragraph()
    .trim()
    .max(2000, { error: vmsg("common.tooLong", { max: 2000 }) })
    .nullable()
    .default("")
    .transform((v) => v || null),
});

export type OfferInput = z.input<typeof offerSchema>;
