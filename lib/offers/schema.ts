import { line, paragraph, z } from "@/lib/zod";

export const offerSchema = z.object({
  capacity: z.coerce
    .number({ error: "Indiqueu quantes persones podeu acompanyar." })
    .int({ error: "Ha de ser un nombre enter." })
    .min(1, { error: "Com a mínim 1 persona." })
    .max(5, { error: "Com a màxim 5 persones." }),
  // A form with a single checkbox gives its value or false instead of a list.
  topicIds: z
    .union([z.array(z.string().max(40)), z.string().max(40), z.literal(false), z.null()], {
      error: "Trieu almenys un àmbit.",
    })
    .optional()
    .transform((v) => (typeof v === "string" ? [v] : Array.isArray(v) ? v : []))
    .pipe(
      z
        .array(z.string())
        .min(1, { error: "Trieu almenys un àmbit en què tingueu experiència." })
        .max(30, { error: "Massa àmbits." }),
    ),
  experience: paragraph({ error: "Expliqueu breument la vostra experiència." })
    .trim()
    .min(20, { error: "Expliqueu breument la vostra experiència (almenys 20 caràcters)." })
    .max(3000, { error: "El text no pot passar de 3.000 caràcters." }),
  preferredFormat: z.enum(["IN_PERSON", "ONLINE", "MIXED"], { error: "Trieu el format que preferiu." }),
  travelArea: line()
    .trim()
    .max(300, { error: "El text no pot passar de 300 caràcters." })
    .nullable()
    .default("")
    .transform((v) => v || null),
  notes: paragraph()
    .trim()
    .max(2000, { error: "El text no pot passar de 2.000 caràcters." })
    .nullable()
    .default("")
    .transform((v) => v || null),
});

export type OfferInput = z.input<typeof offerSchema>;
