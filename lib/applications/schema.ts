import { paragraph, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";
import { COMMITMENTS } from "./commitments";

export { COMMITMENTS, type CommitmentKey } from "./commitments";
export { APPLICATION_STEPS } from "./steps";

const text = (max: number) =>
  paragraph()
    .trim()
    .max(max, { error: vmsg("common.tooLong", { max }) })
    .default("");

export const needSchema = z.object({
  topicId: z.string().max(40).default(""),
  description: text(1500),
  priority: z.enum(["HIGH", "MEDIUM", "LOW"], { error: vmsg("applications.trieuPrioritat") }).default("MEDIUM"),
});

/** What a draft may hold: types and maximum lengths, nothing required yet. */
export const applicationDraftSchema = z.object({
  municipalitySize: z
    .union([z.literal(""), z.null(), z.coerce.number({ error: vmsg("applications.indiqueuNombreHabitants") })])
    .transform((v) => (v === "" || v === null ? null : v))
    .pipe(
      z
        .number()
        .int({ error: vmsg("applications.indiqueuNombreEnterHabitants") })
        .min(1, { error: vmsg("applications.nombreHabitantsMesGran") })
        .max(10_000_000, { error: vmsg("applications.nombreHabitantsValid") })
        .nullable(),
    )
    .default(null),
  policyStage: z
    .enum(["NONE", "EMERGING", "DEVELOPING"], { error: vmsg("applications.trieuOpcio") })
    .nullable()
    .default(null),
  currentPolicy: text(2000),
  // Radio buttons give "true" or "false".
  hasPlan: z
    .union([z.boolean(), z.enum(["true", "false"]), z.literal("")])
    .nullable()
    .default(null)
    .transform((v) => (v === true || v === "true" ? true : v === false || v === "false" ? false : null)),
  planDetails: text(1500),
  budget: text(500),
  team: text(500),
  // Rows left blank (a form shows room for more needs than are filled in) are not needs.
  needs: z
    .preprocess(
      (rows) =>
        Array.isArray(rows) ? rows.filter((r) => r && (r.topicId || String(r.description ?? "").trim())) : rows,
      z.array(needSchema).max(5, { error: vmsg("applications.maximNecessitats") }),
    )
    .default([]),
  goals: text(3000),
  availability: text(1000),
  preferredFormat: z
    .enum(["IN_PERSON", "ONLINE", "MIXED"], { error: vmsg("applications.trieuOpcio") })
    .nullable()
    .default(null),
  // A form with a single checkbox gives its value or false instead of a list.
  preferredMentorIds: z
    .union([z.array(z.string().max(40)), z.string().max(40), z.literal(false), z.null()])
    .optional()
    .transform((v) => (typeof v === "string" ? [v] : Array.isArray(v) ? v : []))
    .pipe(z.array(z.string()).max(3, { error: vmsg("applications.podeuTriarMaximTres") })),
  commitments: z.record(z.string(), z.boolean()).default({}),
});

export type ApplicationInput = z.input<typeof applicationDraftSchema>;
export type ApplicationValues = z.output<typeof applicationDraftSchema>;

/** What a submitted application must have: everything the matching needs, and every commitment accepted. */
function requireForSubmission(v: z.output<typeof applicationDraftSchema>, ctx: z.RefinementCtx) {
  const require = (ok: boolean, path: (string | number)[], message: string) => {
    if (!ok) ctx.addIssue({ code: "custom", path, message });
  };
  require(v.policyStage !== null, ["policyStage"], vmsg("applications.indiqueuQuinPuntEconomia"));
  require(v.currentPolicy.length >= 20, ["currentPolicy"], vmsg("applications.expliqueuBreumentFaAra"));
  require(v.hasPlan !== null, ["hasPlan"], vmsg("applications.indiqueuSiMunicipiTe"));
  require(v.needs.length >= 1, ["needs"], vmsg("applications.afegiuAlmenysNecessitat"));
  const seen = new Set<string>();
  v.needs.forEach((need, i) => {
    require(need.topicId !== "", ["needs", i, "topicId"], vmsg("applications.trieuAmbitNecessitat"));
    require(need.description.length >= 20, ["needs", i, "description"], vmsg(
      "applications.descriviuNecessitatAlmenysCaracters",
    ));
    if (need.topicId && seen.has(need.topicId)) {
      ctx.addIssue({
        code: "custom",
        path: ["needs", i, "topicId"],
        message: vmsg("applications.ambitSurtAltraNecessitat"),
      });
    }
    seen.add(need.topicId);
  });
  require(v.goals.length >= 20, ["goals"], vmsg("applications.expliqueuVoleuAconseguirMentoria"));
  require(v.availability.length >= 5, ["availability"], vmsg("applications.indiqueuVostraDisponibilitatDies"));
  require(v.preferredFormat !== null, ["preferredFormat"], vmsg("applications.trieuFormatPreferiu"));
  require(new Set(v.preferredMentorIds).size === v.preferredMentorIds.length, ["preferredMentorIds"], vmsg(
    "applications.heuTriatMateixaPersona",
  ));
  for (const key of COMMITMENTS) {
    require(v.commitments[key] === true, ["commitments", key], vmsg("applications.calAcceptarCompromisEnviar"));
  }
}

export const applicationSubmitSchema = applicationDraftSchema.superRefine(requireForSubmission);

/** The application form: the values and whether they are saved as a draft or submitted. */
export const applicationFormSchema = applicationDraftSchema.extend({ mode: z.enum(["draft", "submit"]) });

/** The form as the browser checks it: a draft for its types, a submission (mode "submit") for everything. */
export const applicationFormCheckSchema = applicationFormSchema.superRefine((v, ctx) => {
  if (v.mode === "submit") requireForSubmission(v, ctx);
});
