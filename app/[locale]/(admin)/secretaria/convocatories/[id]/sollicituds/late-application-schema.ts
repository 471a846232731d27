import { z } from "@/lib/zod";

// The late-application form's check, in its own module so the form loads it (and zod) on the
// first validation rather than with the page.
export const lateApplicationSchema = z.object({ editionId: z.string(), personId: z.string().min(1, { error: "Trieu una persona." }) });
