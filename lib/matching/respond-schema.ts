import { paragraph, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";

/** Declining a proposal: the reason is optional (an empty one is none). */
export const declineSchema = z.object({
  proposalId: z.string().min(1).max(40),
  reason: paragraph()
    .trim()
    .max(1000, { error: vmsg("common.tooLong", { max: 1000 }) })
    .nullable()
    .default(null)
    .transform((v) => v || null),
});
