import { z } from "@/lib/zod";
import { LOCALES } from "@/lib/i18n/locales";
import { emailAddressSchema } from "./email-address";

export const signInRequestSchema = z.object({
  email: emailAddressSchema,
  locale: z.enum(LOCALES),
  next: z.string().optional(),
});
export type SignInRequestInput = z.input<typeof signInRequestSchema>;

/** Only a path inside this app is accepted as the page to return to after signing in. */
export function safeNextPath(next: string | null | undefined, locale: string): string | undefined {
  if (!next || !next.startsWith(`/${locale}/`) || next.startsWith("//") || next.includes("\\")) return undefined;
  return next;
}
