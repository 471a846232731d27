import { line, z } from "@/lib/zod";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { LOCALES } from "@/lib/i18n/locales";

/** The language a person reads the platform and their emails in. */
export const localeSchema = z.enum(LOCALES, { error: "Trieu una llengua de la llista." });

const optionalText = (max: number, label: string) =>
  line()
    .trim()
    .max(max, { error: `${label} no pot passar de ${max} caràcters.` })
    .transform((v) => v || null)
    .nullable()
    .optional();

export const nameSchema = line({ error: "Indiqueu el nom i els cognoms." })
  .trim()
  .min(3, { error: "Indiqueu el nom i els cognoms." })
  .max(120, { error: "El nom no pot passar de 120 caràcters." });

export const positionSchema = line({ error: "Indiqueu el càrrec." })
  .trim()
  .min(2, { error: "Indiqueu el càrrec o el lloc de treball." })
  .max(120, { error: "El càrrec no pot passar de 120 caràcters." });

export const phoneSchema = line()
  .trim()
  .max(30, { error: "El telèfon no pot passar de 30 caràcters." })
  .refine((v) => v === "" || /^[+()0-9 .-]{6,30}$/.test(v), {
    error: "Escriviu un telèfon vàlid, per exemple 938 765 432.",
  })
  .transform((v) => v || null)
  .nullable()
  .optional();

export const inviteSchema = z
  .object({
    email: emailAddressSchema,
    name: nameSchema,
    position: optionalText(120, "El càrrec"),
    kind: z.enum(["MENTOR", "SECRETARIAT"], { error: "Trieu si convideu una persona mentora o de la secretaria." }),
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
      ctx.addIssue({ code: "custom", path: ["municipalityId"], message: "Trieu el municipi de la persona mentora." });
    }
  });
export type InviteInput = z.input<typeof inviteSchema>;

export const personUpdateSchema = z.object({
  name: nameSchema,
  position: optionalText(120, "El càrrec"),
  phone: phoneSchema,
  municipalityId: z
    .string()
    .max(40)
    .nullable()
    .optional()
    .transform((v) => v || null),
  isMentor: z.boolean(),
  role: z.enum(["TECHNICIAN", "SECRETARIAT"], { error: "Trieu un rol." }),
});
export type PersonUpdateInput = z.input<typeof personUpdateSchema>;

export const profileSchema = z.object({
  name: nameSchema,
  position: positionSchema,
  phone: phoneSchema,
  municipalityId: z
    .string()
    .max(40, { error: "Trieu el vostre municipi de la llista." })
    .nullable()
    .optional()
    .transform((v) => v || null),
  privacyAccepted: z.literal(true, { error: "Cal que accepteu l'avís de privacitat per participar-hi." }),
  locale: localeSchema.optional(),
  wantsToMentor: z.boolean().default(false),
});
export type ProfileInput = z.input<typeof profileSchema>;

/** The secretariat's form for a person: their id and the values. */
export const personFormSchema = z.object({ personId: z.string().min(1).max(40), values: personUpdateSchema });
