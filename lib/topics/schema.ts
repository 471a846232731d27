import { line, z } from "@/lib/zod";

export const topicSchema = z.object({
  name: line({ error: "Indiqueu el nom de l'àmbit." })
    .trim()
    .min(3, { error: "El nom ha de tenir almenys 3 caràcters." })
    .max(80, { error: "El nom no pot passar de 80 caràcters." }),
  sortOrder: z.coerce
    .number({ error: "L'ordre ha de ser un nombre." })
    .int({ error: "L'ordre ha de ser un nombre enter." })
    .min(0, { error: "L'ordre no pot ser negatiu." })
    .max(999, { error: "L'ordre ha de ser com a màxim 999." }),
});
export type TopicInput = z.input<typeof topicSchema>;

/** The topic form: a new one (no id) or a change of one. */
export const topicFormSchema = z.object({ id: z.string().max(40).optional(), values: topicSchema });

/** "Plans locals d'ESS" → "plans-locals-d-ess" */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/·/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
