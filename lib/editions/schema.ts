import { line, z } from "@/lib/zod";
import { vmsg } from "@/lib/i18n/validation";
import { addMonths, day } from "@/lib/dates";
import { CALENDAR_FIELDS, type CalendarField } from "./calendar-fields";

const isoDay = () =>
  z
    .string({ error: vmsg("editions.dateRequired") })
    .min(1, { error: vmsg("editions.dateRequired") })
    .refine(
      (value) => {
        try {
          day(value);
          return true;
        } catch {
          return false;
        }
      },
      { error: vmsg("editions.dateInvalid") },
    );

export const editionSchema = z
  .object({
    name: line()
      .trim()
      .min(3, { error: vmsg("editions.nomTenirAlmenysCaracters") })
      .max(120, { error: vmsg("editions.nomPotPassarCaracters") }),
    year: z.coerce
      .number({ error: vmsg("editions.indiqueuAny") })
      .int({ error: vmsg("editions.anyNombreEnter") })
      .min(2020, { error: vmsg("editions.anyOPosterior") })
      .max(2999, { error: vmsg("editions.anyValid") }),
    applicationsOpenOn: isoDay(),
    applicationsCloseOn: isoDay(),
    matchingDeadlineOn: isoDay(),
    mentoringStartOn: isoDay(),
    defaultEndOn: isoDay(),
    requiredMeetings: z.coerce
      .number({ error: vmsg("editions.indiqueuNombreTrobades") })
      .int({ error: vmsg("editions.nombreEnter") })
      .min(1, { error: vmsg("editions.calAlmenysTrobada") })
      .max(12, { error: vmsg("editions.maximTrobades") }),
    meetingsMustBeInPerson: z.boolean(),
    maxDurationMonths: z.coerce
      .number({ error: vmsg("editions.indiqueuDuradaMaxima") })
      .int({ error: vmsg("editions.nombreEnterMesos") })
      .min(1, { error: vmsg("editions.minimMes") })
      .max(12, { error: vmsg("editions.programaFixaDuradaMaxima") }),
    proposalResponseDays: z.coerce
      .number({ error: vmsg("editions.indiqueuTerminiResposta") })
      .int({ error: vmsg("editions.nombreEnterDies") })
      .min(1, { error: vmsg("editions.minimDia") })
      .max(60, { error: vmsg("editions.maximDies") }),
    autoPhaseChanges: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    const order: [keyof typeof value, keyof typeof value, string][] = [
      ["applicationsOpenOn", "applicationsCloseOn", vmsg("editions.inscripcionsHanTancarDespres")],
      ["applicationsCloseOn", "matchingDeadlineOn", vmsg("editions.matchingAcabarDespresTancament")],
      ["matchingDeadlineOn", "mentoringStartOn", vmsg("editions.acompanyamentsHanComencarDia")],
      ["mentoringStartOn", "defaultEndOn", vmsg("editions.finalitzacioPosteriorIniciDels")],
    ];
    const dates: Partial<Record<string, Date>> = {};
    for (const key of CALENDAR_FIELDS) {
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
export function calendarFingerprint(values: Pick<EditionInput, CalendarField>) {
  return CALENDAR_FIELDS.map((field) => values[field]).join(",");
}
