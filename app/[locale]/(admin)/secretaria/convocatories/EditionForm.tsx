"use client";

import { useRouter } from "next/navigation";
import { Checkbox, Fieldset, Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { CALENDAR_FIELDS } from "@/lib/editions/calendar-fields";
import type { CalendarImpact } from "@/lib/editions/calendar-impact";
import type { EditionInput } from "@/lib/editions/schema";
import { saveEditionAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";
import { day, formatDay, type AppLocale } from "@/lib/dates";
import { useT } from "@/lib/i18n/use-t";

export function EditionForm({
  editionId,
  defaults,
  locale,
}: {
  editionId?: string;
  defaults: EditionInput;
  locale: string;
}) {
  const t = useT("adminEditions.form");
  const router = useRouter();
  const server = useServerForm({
    action: saveEditionAction,
    schema: () => import("@/lib/editions/schema").then((m) => m.editionFormSchema),
    defaults: { editionId: editionId ?? "", values: defaults },
    onSuccess: (data) => {
      if (data.saved) router.push(`/${locale}/secretaria/convocatories/${data.id}`);
    },
  });
  const { field, state } = server;
  const preview = state?.ok && !state.data.saved ? state.data : null;
  return (
    <FormFrame server={server} className="space-y-6 rounded-lg border border-line bg-white p-6">
      <input type="hidden" {...field("editionId")} />
      <div className="grid gap-4 md:grid-cols-[1fr_10rem]">
        <Input label={t("name")} help={t("nameHelp")} required {...field("values.name")} />
        <Input label={t("year")} type="number" required {...field("values.year")} />
      </div>
      <Fieldset legend={t("calendar")} name="calendar" help={t("calendarHelp")}>
        <div className="grid gap-4 md:grid-cols-2">
          {CALENDAR_FIELDS.map((name) => (
            <Input key={name} label={t(`field.${name}`)} type="date" required {...field(`values.${name}`)} />
          ))}
        </div>
      </Fieldset>
      <Fieldset legend={t("rules")} name="rules">
        <div className="grid gap-4 md:grid-cols-3">
          <Input
            label={t("requiredMeetings")}
            type="number"
            min={1}
            max={12}
            required
            {...field("values.requiredMeetings")}
          />
          <Input
            label={t("maxDuration")}
            type="number"
            min={1}
            max={12}
            required
            help={t("maxDurationHelp")}
            {...field("values.maxDurationMonths")}
          />
          <Input
            label={t("responseDays")}
            type="number"
            min={1}
            max={60}
            required
            {...field("values.proposalResponseDays")}
          />
        </div>
        <Checkbox label={t("inPerson")} {...field("values.meetingsMustBeInPerson")} />
        <Checkbox label={t("autoPhase")} help={t("autoPhaseHelp")} {...field("values.autoPhaseChanges")} />
      </Fieldset>
      {preview?.impact ? <CalendarPreview impact={preview.impact} locale={locale as AppLocale} /> : null}
      {/* Confirms the previewed calendar only: changed dates are previewed again. */}
      {preview ? <input type="hidden" name="confirmedCalendar" value={preview.calendar} /> : null}
      <SubmitButton pendingLabel={t("pending")}>
        {preview ? t("confirm") : editionId ? t("save") : t("create")}
      </SubmitButton>
    </FormFrame>
  );
}

/** What a calendar change moves, before it is saved (lib/editions/calendar-impact.ts). */
function CalendarPreview({ impact, locale }: { impact: CalendarImpact; locale: AppLocale }) {
  const t = useT("adminEditions.impact");
  const tField = useT("adminEditions.form.field");
  const when = (iso: string) => formatDay(day(iso), locale);
  return (
    <section
      aria-labelledby="calendar-preview"
      className="space-y-3 rounded border-l-4 border-warning bg-amber-50 p-4"
      role="status"
    >
      <h2 id="calendar-preview" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {impact.changes.map((c) => (
          <li key={c.field}>{t("change", { label: tField(c.field), from: when(c.from), to: when(c.to) })}</li>
        ))}
        <li>
          {t("followingLabel")} <strong>{impact.following}</strong> {t("followingNote")}
        </li>
        <li>
          {t("proposals")} <strong>{impact.pendingProposals}</strong>
          {impact.proposalsPastDeadline ? t("pastDeadline", { count: impact.proposalsPastDeadline }) : ""}.
        </li>
        {impact.reminders.map((r) => (
          <li key={r.rule}>
            {t("reminders", { label: t(`rule.${r.rule}`) })} <strong>{r.people}</strong>
          </li>
        ))}
      </ul>
      {impact.ownDates.length ? (
        <div>
          <p className="font-medium">{t("ownDates")}</p>
          <ul className="list-disc pl-5">
            {impact.ownDates.map((m) => (
              <li key={m.id}>{t("ownDate", { mentee: m.mentee, mentor: m.mentor, start: when(m.start) })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>{t("advice")}</p>
    </section>
  );
}
