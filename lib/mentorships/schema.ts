import { day } from "@/lib/dates";
import { line, paragraph, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";

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
    .max(max, { error: vmsg("common.tooLong", { max }) });

export const firstContactSchema = z.object({
  mentorshipId: id,
  date: isoDay(vmsg("mentorships.indiqueuDataPrimerContacte")),
});

/** An optional date: empty means none. */
const optionalDay = (message: string) =>
  z
    .union([z.literal(""), z.null(), isoDay(message)])
    .optional()
    .transform((v) => v || null);

export const agreementSchema = z.object({
  mentorshipId: id,
  startOn: optionalDay(vmsg("mentorships.indiqueuDataIniciValida")),
  objectives: text(20, 3000, vmsg("mentorships.escriviuObjectiusAcompanyamentAlmenys")),
  activities: text(20, 3000, vmsg("mentorships.escriviuActivitatsPrincipalsAlmenys")),
  plannedMeetings: text(10, 2000, vmsg("mentorships.expliqueuQuinesTrobadesPreveieu")),
  endOn: isoDay(vmsg("mentorships.indiqueuDataFinalitzacioPactada")),
});
export type AgreementInput = z.input<typeof agreementSchema>;

export const confirmAgreementSchema = z.object({ mentorshipId: id, version: z.coerce.number().int().min(1) });

export const meetingSchema = z.object({
  mentorshipId: id,
  date: isoDay(vmsg("mentorships.indiqueuDataTrobada")),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: vmsg("mentorships.indiqueuHoraExemple") }),
  durationMin: z.coerce
    .number({ error: vmsg("mentorships.indiqueuDuradaMinuts") })
    .int({ error: vmsg("mentorships.indiqueuDuradaMinuts") })
    .min(15, { error: vmsg("mentorships.minimMinuts") })
    .max(600, { error: vmsg("mentorships.maximMinuts") }),
  mode: z.enum(["IN_PERSON", "ONLINE", "PHONE"], { error: vmsg("mentorships.trieuFormatTrobada") }),
  place: line()
    .trim()
    .max(300, { error: vmsg("common.tooLong", { max: 300 }) })
    .default(""),
  summary: paragraph()
    .trim()
    .max(3000, { error: vmsg("common.tooLong", { max: 3000 }) })
    .default(""),
});
export type MeetingInput = z.input<typeof meetingSchema>;

/** Changing a meeting: its new date, time, format, place and summary (lib/mentorships/meeting-changes.ts). */
export const meetingChangeSchema = meetingSchema.omit({ mentorshipId: true }).extend({ meetingId: id });
export type MeetingChangeInput = z.input<typeof meetingChangeSchema>;

export const meetingCancelSchema = z.object({
  meetingId: id,
  reason: text(5, 1000, vmsg("mentorships.expliqueuAnullaAlmenysCaracters")),
});

export const extensionSchema = z.object({
  mentorshipId: id,
  newEndOn: isoDay(vmsg("mentorships.indiqueuNovaDataFinalitzacio")),
  reason: text(10, 2000, vmsg("mentorships.expliqueuMotiuAmpliacioAlmenys")),
});
export type ExtensionInput = z.input<typeof extensionSchema>;

export const answerExtensionSchema = z.object({ extensionId: id, accept: z.boolean() });

export const communicationSchema = z.object({
  mentorshipId: id.nullable().default(null),
  kind: z.enum(["INCIDENT", "END_DATE_CHANGE", "OTHER"], { error: vmsg("mentorships.trieuTipusComunicacio") }),
  subject: line({ error: vmsg("mentorships.escriviuAssumpte") })
    .trim()
    .min(3, { error: vmsg("mentorships.escriviuAssumpte") })
    .max(150, { error: vmsg("common.tooLong", { max: 150 }) }),
  body: text(10, 5000, vmsg("mentorships.escriviuMissatgeAlmenysCaracters")),
});
export type CommunicationInput = z.input<typeof communicationSchema>;

export const replySchema = z.object({
  communicationId: id,
  body: text(2, 5000, vmsg("mentorships.escriviuResposta")),
  close: z.boolean().default(false),
});

export const cancelSchema = z.object({
  mentorshipId: id,
  reason: text(10, 2000, vmsg("mentorships.expliqueuMotiuAlmenysCaracters")),
});

/** Confirming completion; before the agreed end date a reason is asked for (lib/mentorships/closure.ts). */
export const completionSchema = z.object({
  mentorshipId: id,
  reason: z
    .union([z.literal(""), z.null(), text(10, 2000, vmsg("mentorships.expliqueuAcabeuAbansData"))])
    .optional()
    .transform((v) => v || null),
});

const SCORE = vmsg("mentorships.score");
const rating = () =>
  z.coerce.number({ error: SCORE }).int({ error: SCORE }).min(1, { error: SCORE }).max(5, { error: SCORE });

export const evaluationSchema = z.object({
  mentorshipId: id,
  usefulness: rating(),
  relationship: rating(),
  goalsAchieved: rating(),
  organisation: rating(),
  comments: paragraph()
    .trim()
    .max(3000, { error: vmsg("common.tooLong", { max: 3000 }) })
    .default(""),
  wouldRecommend: z
    .union([z.boolean(), z.enum(["true", "false"])], { error: vmsg("mentorships.indiqueuSiRecomanarieuPrograma") })
    .transform((v) => v === true || v === "true"),
});
export type EvaluationInput = z.input<typeof evaluationSchema>;

const fitxaText = (max: number) =>
  paragraph()
    .trim()
    .max(max, { error: vmsg("common.tooLong", { max }) })
    .default("");

export const recordSheetDraftSchema = z.object({
  title: line()
    .trim()
    .max(150, { error: vmsg("common.tooLong", { max: 150 }) })
    .default(""),
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
    .pipe(z.array(z.string()).max(6, { error: vmsg("mentorships.maximAmbits") })),
});
export type RecordSheetInput = z.input<typeof recordSheetDraftSchema>;

export const recordSheetSubmitSchema = recordSheetDraftSchema.superRefine((v, ctx) => {
  const need = (key: keyof typeof v, min: number, message: string) => {
    if (typeof v[key] === "string" && (v[key] as string).length < min)
      ctx.addIssue({ code: "custom", path: [key], message });
  };
  need("title", 5, vmsg("mentorships.escriviuTitolAlmenysCaracters"));
  need("context", 30, vmsg("mentorships.expliqueuContextAlmenysCaracters"));
  need("objectives", 30, vmsg("mentorships.expliqueuObjectiusAlmenysCaracters"));
  need("activities", 30, vmsg("mentorships.expliqueuActivitatsAlmenysCaracters"));
  need("results", 30, vmsg("mentorships.expliqueuResultatsAlmenysCaracters"));
  need("lessons", 30, vmsg("mentorships.expliqueuAprenentatgesAlmenysCaracters"));
  if (!v.topicIds.length)
    ctx.addIssue({ code: "custom", path: ["topicIds"], message: vmsg("mentorships.trieuAlmenysAmbit") });
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
      topicIds: z
        .array(z.string().max(40))
        .max(6, { error: vmsg("mentorships.maximAmbits") })
        .default([]),
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
  note: text(10, 3000, vmsg("mentorships.expliqueuQuinsCanvisDemaneu")),
});
