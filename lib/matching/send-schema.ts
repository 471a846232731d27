import { paragraph, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";

const id = z.string().min(1).max(40);

/**
 * The suggested draft as the secretariat sends it: every row with whether it goes, and the mentor
 * chosen for it. The rows left unticked are dropped before the proposals are made.
 */
export const sendDraftSchema = z.object({
  editionId: id,
  message: paragraph()
    .trim()
    .max(1000, { error: vmsg("matching.missatgePotPassarCaracters") })
    .default(""),
  items: z
    .array(z.object({ applicationId: id, mentorId: id, include: z.boolean().default(false) }))
    .max(500)
    .transform((rows) => rows.filter((row) => row.include))
    .pipe(
      z
        .array(z.object({ applicationId: id, mentorId: id, include: z.boolean() }))
        .min(1, { error: vmsg("matching.trieuAlmenysParella") }),
    ),
});
