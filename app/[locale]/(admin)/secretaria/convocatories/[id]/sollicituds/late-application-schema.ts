import { z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";

// The late-application form's check, in its own module so the form loads it (and zod) on the
// first validation rather than with the page; the action checks the same.
export const lateApplicationSchema = z.object({
  editionId: z.string().min(1).max(40),
  email: z
    .string()
    .trim()
    .min(1, { error: vmsg("email.escriviuAdrecaPersona") })
    .max(254)
    .pipe(z.email({ error: vmsg("email.escriviuAdrecaElectronicaValida2") })),
});
