import { line, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";

export const topicSchema = z.object({
  name: line({ error: vmsg("topics.indiqueuNomAmbit") })
    .trim()
    .min(3, { error: vmsg("topics.nomTenirAlmenysCaracters") })
    .max(80, { error: vmsg("topics.nomPotPassarCaracters") }),
  sortOrder: z.coerce
    .number({ error: vmsg("topics.ordreNombre") })
    .int({ error: vmsg("topics.ordreNombreEnter") })
    .min(0, { error: vmsg("topics.ordrePotNegatiu") })
    .max(999, { error: vmsg("topics.ordreMaxim") }),
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
