import { z } from "zod";

export const offerSchema = z.object({
  capacity: z.coerce
    .number({ error: "Indiqueu quantes persones podeu acompanyar." })
    .int({ error: "Ha de ser un nombre enter." })
    .min(1, { error: "Com a mínim 1 persona." })
    .max(5, { error: "Com a màxim 5 persones." }),
  topicIds: z
    .array(z.string().max(40), { error: "Trieu almenys un àmbit." })
    .min(1, { error: "Trieu almenys un àmbit en què tingueu experiència." })
    .max(14, { error: "Massa àmbits." }),
  experience: z
    .string({ error: "Expliqueu breument la vostra experiència." })
    .trim()
    .min(20, { error: "Expliqueu breument la vostra experiència (almenys 20 caràcters)." })
    .max(3000, { error: "El text no pot passar de 3.000 caràcters." }),
  preferredFormat: z.enum(["IN_PERSON", "ONLINE", "MIXED"], { error: "Trieu el format que preferiu." }),
  travelArea: z
    .string()
    .trim()
    .max(300, { error: "El text no pot passar de 300 caràcters." })
    .default("")
    .transform((v) => v || null),
  notes: z
    .string()
    .trim()
    .max(2000, { error: "El text no pot passar de 2.000 caràcters." })
    .default("")
    .transform((v) => v || null),
});

export type OfferInput = z.input<typeof offerSchema>;
