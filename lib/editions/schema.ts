import { line, z } from "@/lib/zod";
import { addMonths, day } from "@/lib/dates";

const isoDay = (label: string) =>
  z
    .string({ error: `Indiqueu ${label}.` })
    .min(1, { error: `Indiqueu ${label}.` })
    .refine(
      (value) => {
        try {
          day(value);
          return true;
        } catch {
          return false;
        }
      },
      { error: `Indiqueu ${label} amb una data vàlida.` },
    );

export const editionSchema = z
  .object({
    name: line()
      .trim()
      .min(3, { error: "El nom ha de tenir almenys 3 caràcters." })
      .max(120, { error: "El nom no pot passar de 120 caràcters." }),
    year: z.coerce
      .number({ error: "Indiqueu l'any." })
      .int({ error: "L'any ha de ser un nombre enter." })
      .min(2020, { error: "L'any ha de ser 2020 o posterior." })
      .max(2999, { error: "L'any no és vàlid." }),
    applicationsOpenOn: isoDay("la data d'obertura de les inscripcions"),
    applicationsCloseOn: isoDay("la data de tancament de les inscripcions"),
    matchingDeadlineOn: isoDay("la data límit del matching"),
    mentoringStartOn: isoDay("la data d'inici dels acompanyaments"),
    defaultEndOn: isoDay("la data de finalització per defecte"),
    requiredMeetings: z.coerce
      .number({ error: "Indiqueu el nombre de trobades." })
      .int({ error: "Ha de ser un nombre enter." })
      .min(1, { error: "Cal almenys una trobada." })
      .max(12, { error: "Com a màxim 12 trobades." }),
    meetingsMustBeInPerson: z.boolean(),
    maxDurationMonths: z.coerce
      .number({ error: "Indiqueu la durada màxima." })
      .int({ error: "Ha de ser un nombre enter de mesos." })
      .min(1, { error: "Com a mínim 1 mes." })
      .max(12, { error: "El programa fixa una durada màxima d'1 any (12 mesos)." }),
    proposalResponseDays: z.coerce
      .number({ error: "Indiqueu el termini de resposta." })
      .int({ error: "Ha de ser un nombre enter de dies." })
      .min(1, { error: "Com a mínim 1 dia." })
      .max(60, { error: "Com a màxim 60 dies." }),
    autoPhaseChanges: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    const order: [keyof typeof value, keyof typeof value, string][] = [
      ["applicationsOpenOn", "applicationsCloseOn", "Les inscripcions s'han de tancar després d'obrir-se."],
      [
        "applicationsCloseOn",
        "matchingDeadlineOn",
        "El matching ha d'acabar després del tancament de les inscripcions.",
      ],
      [
        "matchingDeadlineOn",
        "mentoringStartOn",
        "Els acompanyaments han de començar el dia del final del matching o després.",
      ],
      ["mentoringStartOn", "defaultEndOn", "La finalització ha de ser posterior a l'inici dels acompanyaments."],
    ];
    const dates: Partial<Record<string, Date>> = {};
    for (const key of [
      "applicationsOpenOn",
      "applicationsCloseOn",
      "matchingDeadlineOn",
      "mentoringStartOn",
      "defaultEndOn",
    ] as const) {
      try {
        dates[key] = day(value[key]);
      } catch {
        return; // already reported on the field
      }
    }
    for (const [before, after, message] of order) {
      const a = dates[before as string]!;
      const b = dates[after as string]!;
      const strict = after !== "mentoringStartOn";
      if (strict ? b <= a : b < a) ctx.addIssue({ code: "custom", path: [after], message });
    }
    const limit = addMonths(dates.mentoringStartOn!, value.maxDurationMonths);
    if (dates.defaultEndOn! > limit) {
      ctx.addIssue({
        code: "custom",
        path: ["defaultEndOn"],
        message: `La finalització no pot passar de ${value.maxDurationMonths} mesos després de l'inici.`,
      });
    }
  });

export type EditionInput = z.input<typeof editionSchema>;
export type EditionValues = z.output<typeof editionSchema>;

export function editionData(values: EditionValues) {
  return {
    ...values,
    applicationsOpenOn: day(values.applicationsOpenOn),
    applicationsCloseOn: day(values.applicationsCloseOn),
    matchingDeadlineOn: day(values.matchingDeadlineOn),
    mentoringStartOn: day(values.mentoringStartOn),
    defaultEndOn: day(values.defaultEndOn),
  };
}

/** The edition form, for a new edition or an edit (with the confirmation of a calendar change). */
export const editionFormSchema = z.object({
  editionId: z.string().max(40).default(""),
  /** The calendar the secretariat saw in the preview and confirms (calendarFingerprint). */
  confirmedCalendar: z.string().max(200).default(""),
  values: editionSchema,
});

/** The five dates of a calendar, to confirm exactly the calendar that was previewed. */
export function calendarFingerprint(
  values: Pick<
    EditionInput,
    "applicationsOpenOn" | "applicationsCloseOn" | "matchingDeadlineOn" | "mentoringStartOn" | "defaultEndOn"
  >,
) {
  return [
    values.applicationsOpenOn,
    values.applicationsCloseOn,
    values.matchingDeadlineOn,
    values.mentoringStartOn,
    values.defaultEndOn,
  ].join(",");
}
