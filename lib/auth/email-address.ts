import { z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";

/**
 * The one email normaliser of the platform (sign-in, invitations, registration, imports):
 * trimmed, Unicode NFC, lower-case. Addresses are personal and unique after this.
 */
export function normaliseEmail(raw: string): string {
  return raw.normalize("NFC").trim().toLowerCase();
}

export const emailAddressSchema = z
  .string({ error: vmsg("email.escriviuAdrecaElectronica") })
  .transform(normaliseEmail)
  .pipe(
    z
      .string()
      .min(1, { error: vmsg("email.escriviuAdrecaElectronica") })
      .max(254, { error: vmsg("email.adrecaMassaLlarga") })
      .pipe(z.email({ error: vmsg("email.escriviuAdrecaElectronicaValida") })),
  );

/** The domain of a normalised address ("nom@ajgirona.cat" → "ajgirona.cat"). */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}
