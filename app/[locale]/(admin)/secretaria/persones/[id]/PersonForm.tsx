"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Checkbox, Input, Select } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import type { PersonUpdateInput } from "@/lib/people/schema";
import { updatePersonAction } from "../actions";

export function PersonForm({
  personId,
  defaults,
  municipalities,
}: {
  personId: string;
  defaults: PersonUpdateInput;
  municipalities: { value: string; label: string }[];
}) {
  const router = useRouter();
  const { form, onSubmit, formError, done, error, pending } = useActionForm({
    schema: () => import("@/lib/people/schema").then((m) => m.personUpdateSchema),
    action: (values: PersonUpdateInput) => updatePersonAction({ personId, values }),
    defaultValues: defaults,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? (
        <Alert tone="success" live>
          S&apos;han desat els canvis.
        </Alert>
      ) : null}
      <Input label="Nom i cognoms" required error={error("name")} {...form.register("name")} />
      <Input label="Càrrec" error={error("position")} {...form.register("position")} />
      <Input label="Telèfon" type="tel" error={error("phone")} {...form.register("phone")} />
      <Select
        label="Municipi"
        placeholder="Sense municipi"
        options={municipalities}
        error={error("municipalityId")}
        {...form.register("municipalityId")}
      />
      <Select
        label="Rol"
        options={[
          { value: "TECHNICIAN", label: "Persona tècnica" },
          { value: "SECRETARIAT", label: "Secretaria" },
        ]}
        error={error("role")}
        {...form.register("role")}
      />
      <Checkbox
        label="La secretaria la compta com a persona mentora"
        help="Rebrà la petició de disponibilitat de cada convocatòria."
        error={error("isMentor")}
        {...form.register("isMentor")}
      />
      <Button pending={pending}>Desa els canvis</Button>
    </form>
  );
}
