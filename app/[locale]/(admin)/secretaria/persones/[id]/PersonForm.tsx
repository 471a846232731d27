"use client";

import { Alert } from "@/components/Alert";
import { Checkbox, Input, Select } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import type { PersonUpdateInput } from "@/lib/people/schema";
import { updatePersonAction } from "../actions";
import { FormFrame } from "@/components/form/FormFrame";

export function PersonForm({
  personId,
  defaults,
  municipalities,
}: {
  personId: string;
  defaults: PersonUpdateInput;
  municipalities: { value: string; label: string }[];
}) {
  const server = useServerForm({
    action: updatePersonAction,
    schema: () => import("@/lib/people/schema").then((m) => m.personFormSchema),
    defaults: { personId, values: defaults },
  });
  const { field, done } = server;
  return (
    <FormFrame server={server} className="space-y-4">
      {done ? (
        <Alert tone="success" live>
          S&apos;han desat els canvis.
        </Alert>
      ) : null}
      <input type="hidden" {...field("personId")} />
      <Input label="Nom i cognoms" required {...field("values.name")} />
      <Input label="Càrrec" {...field("values.position")} />
      <Input label="Telèfon" type="tel" {...field("values.phone")} />
      <Select
        label="Municipi"
        placeholder="Sense municipi"
        options={municipalities}
        {...field("values.municipalityId")}
      />
      <Select
        label="Rol"
        options={[
          { value: "TECHNICIAN", label: "Persona tècnica" },
          { value: "SECRETARIAT", label: "Secretaria" },
        ]}
        {...field("values.role")}
      />
      <Checkbox
        label="La secretaria la compta com a persona mentora"
        help="Rebrà la petició de disponibilitat de cada convocatòria."
        {...field("values.isMentor")}
      />
      <SubmitButton pendingLabel="S'està desant…">Desa els canvis</SubmitButton>
    </FormFrame>
  );
}
