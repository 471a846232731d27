"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Fieldset, Input, Select } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { invitePersonAction } from "../actions";

export function InviteForm({
  municipalities,
  locale,
}: {
  municipalities: { value: string; label: string }[];
  locale: string;
}) {
  const router = useRouter();
  const { form, onSubmit, formError, error, pending } = useActionForm({
    schema: () => import("@/lib/people/schema").then((m) => m.inviteSchema),
    action: invitePersonAction,
    defaultValues: { email: "", name: "", position: "", kind: "MENTOR", municipalityId: "" },
    onSuccess: (data) => router.push(`/${locale}/secretaria/persones/${data.id}?convidada=1`),
  });
  const kind = form.watch("kind");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-lg border border-line bg-white p-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Fieldset legend="Convideu-la com a" name="kind" error={error("kind")} required>
        <label className="flex items-center gap-2">
          <input type="radio" value="MENTOR" className="h-4 w-4 accent-brand-700" {...form.register("kind")} />
          Persona mentora (tècnica d&apos;un municipi membre)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="SECRETARIAT" className="h-4 w-4 accent-brand-700" {...form.register("kind")} />
          Membre de la secretaria
        </label>
      </Fieldset>
      <Input
        label="Adreça electrònica personal de treball"
        type="email"
        required
        error={error("email")}
        {...form.register("email")}
      />
      <Input label="Nom i cognoms" required error={error("name")} {...form.register("name")} />
      <Input label="Càrrec (opcional)" error={error("position")} {...form.register("position")} />
      <Select
        label={kind === "MENTOR" ? "Municipi" : "Municipi (opcional)"}
        required={kind === "MENTOR"}
        placeholder="Trieu el municipi"
        options={municipalities}
        error={error("municipalityId")}
        {...form.register("municipalityId")}
      />
      <p className="text-sm text-muted">
        Rebrà un correu d&apos;invitació amb un enllaç per entrar, vàlid uns quants dies.
      </p>
      <Button pending={pending} pendingLabel="S'està enviant…">
        Envia la invitació
      </Button>
    </form>
  );
}
