import { z } from "@/lib/zod";

/**
 * The one email normaliser of the platform (sign-in, invitations, registration, imports):
 * trimmed, Unicode NFC, lower-case. Addresses are personal and unique after this.
 */
export function normaliseEmail(raw: string): string {
  return raw.normalize("NFC").trim().toLowerCase();
}

export const emailAddressSchema = z
  .string({ error: "Escriviu una adreça electrònica." })
  .transform(normaliseEmail)
  .pipe(
    z
      .string()
      .min(1, { error: "Escriviu una adreça electrònica." })
      .max(254, { error: "L'adreça és massa llarga." })
      .pipe(z.email({ error: "Escriviu una adreça electrònica vàlida, per exemple nom@ajuntament.cat." })),
  );

/** The domain of a normalised address ("nom@ajgirona.cat" → "ajgirona.cat"). */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}
