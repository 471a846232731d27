import { z } from "@/lib/zod";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { LOCALES } from "@/lib/i18n/locales";

export const registrationSchema = z.object({
  email: emailAddressSchema,
  intent: z.enum(["mentee", "mentor"]),
  locale: z.enum(LOCALES),
});
