import { line, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { LOCALES } from "@/lib/i18n/locales";

/** The language a person reads the platform and their emails in. */
export const localeSchema = z.enum(LOCALES, { error: vmsg("people.trieuLlenguaLlista") });

const optionalText = (max: number) =>
  line()
    .trim()
    .max(max, { error: vmsg("common.tooLong", { max }) })
    .transform((v) => v || null)
    .nullable()
    .optional();

export const nameSchema = line({ error: vmsg("people.indiqueuNomCognoms") })
  .trim()
  .min(3, { error: vmsg("people.indiqueuNomCognoms") })
  .max(120, { error: vmsg("people.nomPotPassarCaracters") });

export const positionSchema = line({ error: vmsg("people.indiqueuCarrec") })
  .trim()
  .min(2, { error: vmsg("people.indiqueuCarrecOLloc") })
  .max(120, { error: vmsg("people.carrecPotPassarCaracters") });

export const phoneSchema = line()
  .trim()
  .max(30, { error: vmsg("people.telefonPotPassarCaracters") })
  .refine((v) => v === "" || /^[+()0-9 .-]{6,30}$/.test(v), {
    error: vmsg("people.escriviuTelefonValidExemple"),
  })
  .transform((v) => v || null)
  .nullable()
  .optional();

export const inviteSchema = z
  .object({
    email: emailAddressSchema,
    name: nameSchema,
    position: optionalText(120),
    kind: z.enum(["MENTOR", "SECRETARIAT"], { error: vmsg("people.trieuSiConvideuPersona") }),
    locale: localeSchema.default("ca"),
    municipalityId: z
      .string()
      .max(40)
      .nullable()
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "MENTOR" && !value.municipalityId) {
      ctx.addIssue({ code: "custom", path: ["municipalityId"], message: vmsg("people.trieuMunicipiPersonaMentora") });
    }
  });
export type InviteInput = z.input<typeof inviteSchema>;

export const personUpdateSchema = z.object({
  name: nameSchema,
  position: optionalText(120),
  phone: phoneSchema,
  municipalityId: z
    .string()
    .max(40)
    .nullable()
    .optional()
    .transform((v) => v || null),
  isMentor: z.boolean(),
  role: z.enum(["TECHNICIAN", "SECRETARIAT"], { error: vmsg("people.trieuRol") }),
});
export type PersonUpdateInput = z.input<typeof personUpdateSchema>;

export const profileSchema = z.object({
  name: nameSchema,
  position: positionSchema,
  phone: phoneSchema,
  municipalityId: z
    .string()
    .max(40, { error: vmsg("people.trieuVostreMunicipiLlista") })
    .nullable()
    .optional()
    .transform((v) => v || null),
  privacyAccepted: z.literal(true, { error: vmsg("people.calAccepteuAvisPrivacitat") }),
  locale: localeSchema.optional(),
  wantsToMentor: z.boolean().default(false),
});
export type ProfileInput = z.input<typeof profileSchema>;

/** The secretariat's form for a person: their id and the values. */
export const personFormSchema = z.object({ personId: z.string().min(1).max(40), values: personUpdateSchema });
