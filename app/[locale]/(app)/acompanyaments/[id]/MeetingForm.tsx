"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Fieldset, Input, TextArea } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { logMeetingAction } from "./actions";

export function MeetingForm({
  mentorshipId,
  today,
  dateHelp,
}: {
  mentorshipId: string;
  today: string;
  dateHelp: string;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, done, error, pending } = useActionForm({
    schema: () => import("@/lib/mentorships/schema").then((m) => m.meetingSchema),
    action: logMeetingAction,
    defaultValues: {
      mentorshipId,
      date: today,
      time: "10:00",
      durationMin: "90",
      mode: "IN_PERSON",
      place: "",
      summary: "",
    },
    onSuccess: () => {
      form.reset({
        mentorshipId,
        date: today,
        time: "10:00",
        durationMin: "90",
        mode: "IN_PERSON",
        place: "",
        summary: "",
      });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded border border-line p-4">
      <h3 className="font-semibold">Registra una trobada</h3>
      <p className="text-sm text-muted">
        Una trobada amb data futura queda prevista (l&apos;altra part la rep per afegir-la al calendari); una de passada
        queda feta i l&apos;altra part la confirma.
      </p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? (
        <Alert tone="success" live>
          S&apos;ha registrat la trobada.
        </Alert>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        <Input
          id="meeting-date"
          label="Data"
          type="date"
          required
          help={dateHelp}
          error={error("date")}
          {...form.register("date")}
        />
        <Input label="Hora" type="time" required error={error("time")} {...form.register("time")} />
        <Input
          label="Durada (minuts)"
          type="number"
          min={15}
          max={600}
          required
          error={error("durationMin")}
          {...form.register("durationMin")}
        />
      </div>
      <Fieldset legend="Format" name="mode" error={error("mode")} required>
        {[
          ["IN_PERSON", "Presencial"],
          ["ONLINE", "En línia"],
          ["PHONE", "Per telèfon"],
        ].map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" value={value} className="h-4 w-4 accent-brand-700" {...form.register("mode")} />
            {label}
          </label>
        ))}
      </Fieldset>
      <Input
        label="Lloc"
        help="Obligatori per a les trobades presencials."
        error={error("place")}
        {...form.register("place")}
      />
      <TextArea label="Resum breu" rows={3} error={error("summary")} {...form.register("summary")} />
      <Button pending={pending}>Registra la trobada</Button>
    </form>
  );
}
