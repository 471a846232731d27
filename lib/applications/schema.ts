import { paragraph, z } from "@/lib/zod";
import { COMMITMENTS } from "./commitments";

export { COMMITMENTS, type CommitmentKey } from "./commitments";
export { APPLICATION_STEPS } from "./steps";

const text = (max: number, label: string) =>
  paragraph()
    .trim()
    .max(max, { error: `${label} no pot passar de ${max} caràcters.` })
    .default("");

export const needSchema = z.object({
  topicId: z.string().max(40).default(""),
  description: text(1500, "La descripció"),
  priority: z.enum(["HIGH", "MEDIUM", "LOW"], { error: "Trieu una prioritat." }).default("MEDIUM"),
});

/** What a draft may hold: types and maximum lengths, nothing required yet. */
export const applicationDraftSchema = z.object({
  municipalitySize: z
    .union([z.literal(""), z.null(), z.coerce.number({ error: "Indiqueu un nombre d'habitants." })])
    .transform((v) => (v === "" || v === null ? null : v))
    .pipe(
      z
        .number()
        .int({ error: "Indiqueu un nombre enter d'habitants." })
        .min(1, { error: "El nombre d'habitants ha de ser més gran que zero." })
        .max(10_000_000, { error: "El nombre d'habitants no és vàlid." })
        .nullable(),
    )
    .default(null),
  policyStage: z.enum(["NONE", "EMERGING", "DEVELOPING"], { error: "Trieu una opció." }).nullable().default(null),
  currentPolicy: text(2000, "El text"),
  // Radio buttons give "true" or "false".
  hasPlan: z
    .union([z.boolean(), z.enum(["true", "false"]), z.literal("")])
    .nullable()
    .default(null)
    .transform((v) => (v === true || v === "true" ? true : v === false || v === "false" ? false : null)),
  planDetails: text(1500, "El text"),
  budget: text(500, "El text"),
  team: text(500, "El text"),
  // Rows left blank (a form shows room for more needs than are filled in) are not needs.
  needs: z
    .preprocess(
      (rows) =>
        Array.isArray(rows) ? rows.filter((r) => r && (r.topicId || String(r.description ?? "").trim())) : rows,
      z.array(needSchema).max(5, { error: "Com a màxim 5 necessitats." }),
    )
    .default([]),
  goals: text(3000, "El text"),
  availability: text(1000, "El text"),
  preferredFormat: z.enum(["IN_PERSON", "ONLINE", "MIXED"], { error: "Trieu una opció." }).nullable().default(null),
  // A form with a single checkbox gives its value or false instead of a list.
  preferredMentorIds: z
    .union([z.array(z.string().max(40)), z.string().max(40), z.literal(false), z.null()])
    .optional()
    .transform((v) => (typeof v === "string" ? [v] : Array.isArray(v) ? v : []))
    .pipe(z.array(z.string()).max(3, { error: "Podeu triar com a màxim tres persones mentores." })),
  commitments: z.record(z.string(), z.boolean()).default({}),
});

export type ApplicationInput = z.input<typeof applicationDraftSchema>;
export type ApplicationValues = z.output<typeof applicationDraftSchema>;

/** What a submitted application must have: everything the matching needs, and every commitment accepted. */
function requireForSubmission(v: z.output<typeof applicationDraftSchema>, ctx: z.RefinementCtx) {
  const require = (ok: boolean, path: (string | number)[], message: string) => {
    if (!ok) ctx.addIssue({ code: "custom", path, message });
  };
  require(v.policyStage !== null, ["policyStage"], "Indiqueu en quin punt és l'economia social al vostre municipi.");
  require(v.currentPolicy.length >= 20, [
    "currentPolicy",
  ], "Expliqueu breument què fa ara el municipi (almenys 20 caràcters).");
  require(v.hasPlan !== null, ["hasPlan"], "Indiqueu si el municipi té un pla d'economia social.");
  require(v.needs.length >= 1, ["needs"], "Afegiu almenys una necessitat.");
  const seen = new Set<string>();
  v.needs.forEach((need, i) => {
    require(need.topicId !== "", ["needs", i, "topicId"], "Trieu l'àmbit d'aquesta necessitat.");
    require(need.description.length >= 20, [
      "needs",
      i,
      "description",
    ], "Descriviu la necessitat (almenys 20 caràcters).");
    if (need.topicId && seen.has(need.topicId)) {
      ctx.addIssue({
        code: "custom",
        path: ["needs", i, "topicId"],
        message: "Aquest àmbit ja surt en una altra necessitat.",
      });
    }
    seen.add(need.topicId);
  });
  require(v.goals.length >= 20, ["goals"], "Expliqueu què voleu aconseguir amb la mentoria (almenys 20 caràcters).");
  require(v.availability.length >= 5, ["availability"], "Indiqueu la vostra disponibilitat (dies, franges, períodes).");
  require(v.preferredFormat !== null, ["preferredFormat"], "Trieu el format que preferiu.");
  require(new Set(v.preferredMentorIds).size === v.preferredMentorIds.length, [
    "preferredMentorIds",
  ], "Heu triat la mateixa persona dues vegades.");
  for (const key of COMMITMENTS) {
    require(v.commitments[key] === true, [
      "commitments",
      key,
    ], "Cal acceptar aquest compromís per enviar la sol·licitud.");
  }
}

export const applicationSubmitSchema = applicationDraftSchema.superRefine(requireForSubmission);

/** The application form: the values and whether they are saved as a draft or submitted. */
export const applicationFormSchema = applicationDraftSchema.extend({ mode: z.enum(["draft", "submit"]) });

/** The form as the browser checks it: a draft for its types, a submission (mode "submit") for everything. */
export const applicationFormCheckSchema = applicationFormSchema.superRefine((v, ctx) => {
  if (v.mode === "submit") requireForSubmission(v, ctx);
});
