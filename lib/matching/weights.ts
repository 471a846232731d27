import { z } from "@/lib/zod";

/** How much each criterion counts in a pair's score (0–100 in all). Tuned per edition. */
export const weightsSchema = z.object({
  topics: z.coerce.number().int().min(0).max(100),
  preferred: z.coerce.number().int().min(0).max(100),
  proximity: z.coerce.number().int().min(0).max(100),
  size: z.coerce.number().int().min(0).max(100),
  balance: z.coerce.number().int().min(0).max(100),
});

export type Weights = z.output<typeof weightsSchema>;

/** The weights' form on the matching board. */
export const weightsFormSchema = z.object({ editionId: z.string().min(1).max(40), weights: weightsSchema });

export const DEFAULT_WEIGHTS: Weights = { topics: 50, preferred: 20, proximity: 15, size: 10, balance: 5 };

export function editionWeights(stored: unknown): Weights {
  const parsed = weightsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_WEIGHTS;
}
