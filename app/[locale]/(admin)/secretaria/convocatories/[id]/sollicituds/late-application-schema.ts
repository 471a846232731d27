import { z } from "@/lib/zod";

// The late-application form's check, in its own module so the form loads it (and zod) on the
// first validation rather than with the page; the action checks the same.
export const lateApplicationSchema = z.object({
  editionId: z.string().min(1).max(40),
  email: z
    .string()
    .trim()
    .min(1, { error: "Escriviu l'adreça de la persona." })
    .max(254)
    .pipe(z.email({ error: "Escriviu una adreça electrònica vàlida." })),
});
