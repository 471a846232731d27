"use client";

import { useRouter } from "next/navigation";
import { Checkbox, Fieldset, Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { CalendarImpact } from "@/lib/editions/calendar-impact";
import type { EditionInput } from "@/lib/editions/schema";
import { saveEditionAction } from "./actions";
import { FormFrame } from "@/components/form/FormFrame";

export function EditionForm({
  editionId,
  defaults,
  locale,
}: {
  editionId?: string;
  defaults: EditionInput;
  locale: string;
}) {
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
  const f = (name: keyof EditionInput) => field(`values.${name}`);
  return (
    <FormFrame server={server} className="space-y-6 rounded-lg border border-line bg-white p-6">
      <input type="hidden" {...field("editionId")} />
      <div className="grid gap-4 md:grid-cols-[1fr_10rem]">
        <Input label="Nom" help="Per exemple: Convocatòria 2026-2027" required {...f("name")} />
        <Input label="Any" type="number" required {...f("year")} />
      </div>
      <Fieldset
        legend="Calendari"
        name="calendar"
        help="Els terminis acaben a les 23:59 (hora de Catalunya) del dia indicat."
      >
        <div className="grid gap-4 md:grid-cols-2">
          <Input label="Obertura de les inscripcions" type="date" required {...f("applicationsOpenOn")} />
          <Input label="Tancament de les inscripcions" type="date" required {...f("applicationsCloseOn")} />
          <Input label="Data límit del matching" type="date" required {...f("matchingDeadlineOn")} />
          <Input label="Inici dels acompanyaments" type="date" required {...f("mentoringStartOn")} />
          <Input label="Finalització per defecte" type="date" required {...f("defaultEndOn")} />
        </div>
      </Fieldset>
      <Fieldset legend="Regles" name="rules">
        <div className="grid gap-4 md:grid-cols-3">
          <Input label="Trobades requerides" type="number" min={1} max={12} required {...f("requiredMeetings")} />
          <Input
            label="Durada màxima (mesos)"
            type="number"
            min={1}
            max={12}
            required
            help="El programa fixa 12 mesos."
            {...f("maxDurationMonths")}
          />
          <Input
            label="Termini de resposta a les propostes (dies)"
            type="number"
            min={1}
            max={60}
            required
            {...f("proposalResponseDays")}
          />
        </div>
        <Checkbox label="Les trobades requerides han de ser presencials" {...f("meetingsMustBeInPerson")} />
        <Checkbox
          label="Canvia de fase automàticament en les dates del calendari"
          help="Amb els mateixos correus que un canvi manual."
          {...f("autoPhaseChanges")}
        />
      </Fieldset>
      {preview?.impact ? <CalendarPreview impact={preview.impact} /> : null}
      {/* Confirms the previewed calendar only: changed dates are previewed again. */}
      {preview ? <input type="hidden" name="confirmedCalendar" value={preview.calendar} /> : null}
      <SubmitButton pendingLabel="S'està desant…">
        {preview ? "Confirma i desa el calendari nou" : editionId ? "Desa els canvis" : "Crea la convocatòria"}
      </SubmitButton>
    </FormFrame>
  );
}

/** What a calendar change moves, before it is saved (lib/editions/calendar-impact.ts). */
function CalendarPreview({ impact }: { impact: CalendarImpact }) {
  return (
    <section
      aria-labelledby="calendar-preview"
      className="space-y-3 rounded border-l-4 border-warning bg-amber-50 p-4"
      role="status"
    >
      <h2 id="calendar-preview" className="text-lg font-semibold">
        Abans de desar: què canvia el calendari nou
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {impact.changes.map((c) => (
          <li key={c.field}>
            {c.label}: del {c.from} al {c.to}.
          </li>
        ))}
        <li>
          Acompanyaments que segueixen l&apos;inici de la convocatòria i el mouen: <strong>{impact.following}</strong>{" "}
          (amb el seu límit de durada i els recordatoris que en depenen).
        </li>
        <li>
          Propostes pendents de resposta: <strong>{impact.pendingProposals}</strong>
          {impact.proposalsPastDeadline
            ? `, de les quals ${impact.proposalsPastDeadline} tenen el termini de resposta després de la nova data límit del matching`
            : ""}
          .
        </li>
        {impact.reminders.map((r) => (
          <li key={r.label}>
            Recordatoris programats que canvien de data («{r.label}»): <strong>{r.people}</strong>
          </li>
        ))}
      </ul>
      {impact.ownDates.length ? (
        <div>
          <p className="font-medium">Parelles que mantenen les dates pròpies que van pactar:</p>
          <ul className="list-disc pl-5">
            {impact.ownDates.map((m) => (
              <li key={m.id}>
                {m.pair}: inici el {m.start}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>Si és correcte, confirmeu-ho amb el botó. Si no, canvieu les dates abans de desar.</p>
    </section>
  );
}
