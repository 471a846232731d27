import { paragraph, z } from "@/lib/zod";

/** Declining a proposal: the reason is optional (an empty one is none). */
export const declineSchema = z.object({
  proposalId: z.string().min(1).max(40),
  reason: paragraph()
    .trim()
    .max(1000, { error: "El text no pot passar de 1.000 caràcters." })
    .nullable()
    .default(null)
    .transform((v) => v || null),
});
