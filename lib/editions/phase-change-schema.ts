import { z } from "@/lib/zod";

const phase = z.enum(["DRAFT", "APPLICATIONS", "MATCHING", "MENTORING", "CLOSURE", "CLOSED"]);

/** The phase-change form: the phase the secretariat saw, the one it moves to, and the acknowledgement of warnings. */
export const phaseChangeSchema = z.object({
  editionId: z.string().min(1).max(40),
  from: phase,
  to: phase,
  acknowledged: z.boolean().default(false),
});
