"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Checkbox, Fieldset, Input } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { EditionInput } from "@/lib/editions/schema";
import { createEditionAction, updateEditionAction } from "./actions";

export function EditionForm({ editionId, defaults, locale }: { editionId?: string; defaults: EditionInput; locale: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/editions/schema").then((m) => m.editionSchema),
    action: (values: EditionInput) => (editionId ? updateEditionAction({ editionId, values }) : createEditionAction(values)),
    defaultValues: defaults,
    onSuccess: (data) => router.push(`/${locale}/secretaria/convocatories/${data.id}`),
  });
  const r = form.register;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6 rounded-lg border border-line bg-white p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-[1fr_10rem]">
        <Input label="Nom" help="Per exemple: Convocatòria 2026-2027" required error={error("name")} {...r("name")} />
        <Input label="Any" type="number" required error={error("year")} {...r("year")} />
      </div>
      <Fieldset legend="Calendari" name="calendar" help="Els terminis acaben a les 23:59 (hora de Catalunya) del dia indicat.">
        <div className="grid gap-4 md:grid-cols-2">
          <Input label="Obertura de les inscripcions" type="date" required error={error("applicationsOpenOn")} {...r("applicationsOpenOn")} />
          <Input label="Tancament de les inscripcions" type="date" required error={error("applicationsCloseOn")} {...r("applicationsCloseOn")} />
          <Input label="Data límit del matching" type="date" required error={error("matchingDeadlineOn")} {...r("matchingDeadlineOn")} />
          <Input label="Inici dels acompanyaments" type="date" required error={error("mentoringStartOn")} {...r("mentoringStartOn")} />
          <Input label="Finalització per defecte" type="date" required error={error("defaultEndOn")} {...r("defaultEndOn")} />
        </div>
      </Fieldset>
      <Fieldset legend="Regles" name="rules">
        <div className="grid gap-4 md:grid-cols-3">
          <Input label="Trobades requerides" type="number" min={1} max={12} required error={error("requiredMeetings")} {...r("requiredMeetings")} />
          <Input label="Durada màxima (mesos)" type="number" min={1} max={12} required help="El programa fixa 12 mesos." error={error("maxDurationMonths")} {...r("maxDurationMonths")} />
          <Input label="Termini de resposta a les propostes (dies)" type="number" min={1} max={60} required error={error("proposalResponseDays")} {...r("proposalResponseDays")} />
        </div>
        <Checkbox label="Les trobades requerides han de ser presencials" error={error("meetingsMustBeInPerson")} {...r("meetingsMustBeInPerson")} />
        <Checkbox
          label="Canvia de fase automàticament en les dates del calendari"
          help="Amb els mateixos correus que un canvi manual."
          error={error("autoPhaseChanges")}
          {...r("autoPhaseChanges")}
        />
      </Fieldset>
      <Button pending={pending}>{editionId ? "Desa els canvis" : "Crea la convocatòria"}</Button>
    </form>
  );
}
