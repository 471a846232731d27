import { day } from "@/lib/dates";
import { line, paragraph, z } from "@/lib/zod";

const id = z.string().min(1).max(40);

export const isoDay = (message: string) =>
  z
    .string({ error: message })
    .min(1, { error: message })
    .refine(
      (v) => {
        try {
          day(v);
          return true;
        } catch {
          return false;
        }
      },
      { error: message },
    );

const text = (min: number, max: number, missing: string) =>
  paragraph({ error: missing })
    .trim()
    .min(min, { error: missing })
    .max(max, { error: `El text no pot passar de ${max.toLocaleString("ca")} caràcters.` });

export const firstContactSchema = z.object({ mentorshipId: id, date: isoDay("Indiqueu la data del primer contacte.") });

/** An optional date: empty means none. */
const optionalDay = (message: string) =>
  z
    .union([z.literal(""), z.null(), isoDay(message)])
    .optional()
    .transform((v) => v || null);

export const agreementSchema = z.object({
  mentorshipId: id,
  startOn: optionalDay("Indiqueu una data d'inici vàlida, o deixeu-la en blanc per seguir la de la convocatòria."),
  objectives: text(20, 3000, "Escriviu els objectius de l'acompanyament (almenys 20 caràcters)."),
  activities: text(20, 3000, "Escriviu les activitats principals (almenys 20 caràcters)."),
  plannedMeetings: text(10, 2000, "Expliqueu quines trobades preveieu (almenys 10 caràcters)."),
  endOn: isoDay("Indiqueu la data de finalització pactada."),
});
export type AgreementInput = z.input<typeof agreementSchema>;

export const confirmAgreementSchema = z.object({ mentorshipId: id, version: z.coerce.number().int().min(1) });

export const meetingSchema = z.object({
  mentorshipId: id,
  date: isoDay("Indiqueu la data de la trobada."),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Indiqueu l'hora (per exemple, 10:30)." }),
  durationMin: z.coerce
    .number({ error: "Indiqueu la durada en minuts." })
    .int({ error: "Indiqueu la durada en minuts." })
    .min(15, { error: "Com a mínim 15 minuts." })
    .max(600, { error: "Com a màxim 600 minuts." }),
  mode: z.enum(["IN_PERSON", "ONLINE", "PHONE"], { error: "Trieu el format de la trobada." }),
  place: line().trim().max(300, { error: "El text no pot passar de 300 caràcters." }).default(""),
  summary: paragraph().trim().max(3000, { error: "El text no pot passar de 3.000 caràcters." }).default(""),
});
export type MeetingInput = z.input<typeof meetingSchema>;

/** Changing a meeting: its new date, time, format, place and summary (lib/mentorships/meeting-changes.ts). */
export const meetingChangeSchema = meetingSchema.omit({ mentorshipId: true }).extend({ meetingId: id });
export type MeetingChangeInput = z.input<typeof meetingChangeSchema>;

export const meetingCancelSchema = z.object({
  meetingId: id,
  reason: text(5, 1000, "Expliqueu per què s'anul·la (almenys 5 caràcters)."),
});

export const extensionSchema = z.object({
  mentorshipId: id,
  newEndOn: isoDay("Indiqueu la nova data de finalització."),
  reason: text(10, 2000, "Expliqueu el motiu de l'ampliació (almenys 10 caràcters)."),
});
export type ExtensionInput = z.input<typeof extensionSchema>;

export const answerExtensionSchema = z.object({ extensionId: id, accept: z.boolean() });

export const communicationSchema = z.object({
  mentorshipId: id.nullable().default(null),
  kind: z.enum(["INCIDENT", "END_DATE_CHANGE", "OTHER"], { error: "Trieu el tipus de comunicació." }),
  subject: line({ error: "Escriviu l'assumpte." })
    .trim()
    .min(3, { error: "Escriviu l'assumpte." })
    .max(150, { error: "El text no pot passar de 150 caràcters." }),
  body: text(10, 5000, "Escriviu el missatge (almenys 10 caràcters)."),
});
export type CommunicationInput = z.input<typeof communicationSchema>;

export const replySchema = z.object({
  communicationId: id,
  body: text(2, 5000, "Escriviu la resposta."),
  close: z.boolean().default(false),
});

export const cancelSchema = z.object({
  mentorshipId: id,
  reason: text(10, 2000, "Expliqueu el motiu (almenys 10 caràcters)."),
});

/** Confirming completion; before the agreed end date a reason is asked for (lib/mentorships/closure.ts). */
export const completionSchema = z.object({
  mentorshipId: id,
  reason: z
    .union([
      z.literal(""),
      z.null(),
      text(10, 2000, "Expliqueu per què acabeu abans de la data pactada (almenys 10 caràcters)."),
    ])
    .optional()
    .transform((v) => v || null),
});

const rating = (label: string) =>
  z.coerce
    .number({ error: `Valoreu ${label} de l'1 al 5.` })
    .int({ error: `Valoreu ${label} de l'1 al 5.` })
    .min(1, { error: `Valoreu ${label} de l'1 al 5.` })
    .max(5, { error: `Valoreu ${label} de l'1 al 5.` });

export const evaluationSchema = z.object({
  mentorshipId: id,
  usefulness: rating("la utilitat"),
  relationship: rating("la relació"),
  goalsAchieved: rating("l'assoliment dels objectius"),
  organisation: rating("l'organització"),
  comments: paragraph().trim().max(3000, { error: "El text no pot passar de 3.000 caràcters." }).default(""),
  wouldRecommend: z
    .union([z.boolean(), z.enum(["true", "false"])], { error: "Indiqueu si recomanaríeu el programa." })
    .transform((v) => v === true || v === "true"),
});
export type EvaluationInput = z.input<typeof evaluationSchema>;

const fitxaText = (max: number) =>
  paragraph()
    .trim()
    .max(max, { error: `El text no pot passar de ${max.toLocaleString("ca")} caràcters.` })
    .default("");

export const recordSheetDraftSchema = z.object({
  title: line().trim().max(150, { error: "El text no pot passar de 150 caràcters." }).default(""),
  context: fitxaText(5000),
  objectives: fitxaText(5000),
  activities: fitxaText(5000),
  results: fitxaText(5000),
  lessons: fitxaText(5000),
  resources: fitxaText(3000),
  topicIds: z
    .union([z.array(z.string().max(40)), z.string().max(40), z.literal(false), z.null()])
    .optional()
    .transform((v) => (typeof v === "string" ? [v] : Array.isArray(v) ? v : []))
    .pipe(z.array(z.string()).max(6, { error: "Com a màxim 6 àmbits." })),
});
export type RecordSheetInput = z.input<typeof recordSheetDraftSchema>;

export const recordSheetSubmitSchema = recordSheetDraftSchema.superRefine((v, ctx) => {
  const need = (key: keyof typeof v, min: number, message: string) => {
    if (typeof v[key] === "string" && (v[key] as string).length < min)
      ctx.addIssue({ code: "custom", path: [key], message });
  };
  need("title", 5, "Escriviu un títol (almenys 5 caràcters).");
  need("context", 30, "Expliqueu el context (almenys 30 caràcters).");
  need("objectives", 30, "Expliqueu els objectius (almenys 30 caràcters).");
  need("activities", 30, "Expliqueu les activitats (almenys 30 caràcters).");
  need("results", 30, "Expliqueu els resultats (almenys 30 caràcters).");
  need("lessons", 30, "Expliqueu els aprenentatges (almenys 30 caràcters).");
  if (!v.topicIds.length) ctx.addIssue({ code: "custom", path: ["topicIds"], message: "Trieu almenys un àmbit." });
});

/**
 * The fitxa form: a draft (mode=draft, the button pressed) is saved as it is; sending it for
 * review (mode=submit) needs every part. Field paths are the form's ("values.title").
 */
export const recordSheetFormSchema = z
  .object({
    mentorshipId: id,
    mode: z.enum(["draft", "submit"]).default("submit"),
    values: recordSheetDraftSchema.extend({
      topicIds: z.array(z.string().max(40)).max(6, { error: "Com a màxim 6 àmbits." }).default([]),
    }),
  })
  .superRefine((form, ctx) => {
    if (form.mode !== "submit") return;
    const strict = recordSheetSubmitSchema.safeParse(form.values);
    for (const issue of strict.success ? [] : strict.error.issues) {
      ctx.addIssue({ code: "custom", path: ["values", ...issue.path], message: issue.message });
    }
  });

export const reviewSchema = z.object({
  sheetId: id,
  note: text(10, 3000, "Expliqueu quins canvis demaneu (almenys 10 caràcters)."),
});
