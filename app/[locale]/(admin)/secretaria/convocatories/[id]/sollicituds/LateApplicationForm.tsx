"use client";

import { Alert } from "@/components/Alert";
import { Input } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/SubmitButton";
import { useServerForm } from "@/components/form/use-server-form";
import { allowLateApplicationAction } from "./actions";

export function LateApplicationForm({ editionId }: { editionId: string }) {
  const { field, action, formProps, formError, done } = useServerForm({
    action: allowLateApplicationAction,
    resetOnSuccess: true,
    schema: () => import("./late-application-schema").then((m) => m.lateApplicationSchema),
    defaults: { editionId, email: "" },
  });
  return (
    <form action={action} {...formProps} className="space-y-4 rounded-lg border border-line bg-white p-5">
      <h2 className="text-lg font-semibold">Acceptar una sol·licitud fora de termini</h2>
      <p className="text-sm text-muted">
        La persona podrà completar i enviar la sol·licitud tot i que el termini s&apos;hagi tancat, fins al final del
        matching. Rebrà un correu amb l&apos;avís.
      </p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {done ? (
        <Alert tone="success" live>
          S&apos;ha acceptat la sol·licitud fora de termini i s&apos;ha avisat la persona.
        </Alert>
      ) : null}
      <input type="hidden" {...field("editionId")} />
      <Input
        label="Adreça electrònica de la persona tècnica"
        help="La que fa servir per entrar a la plataforma."
        type="email"
        autoComplete="off"
        required
        {...field("email")}
      />
      <SubmitButton pendingLabel="S'està desant…">Accepta fora de termini</SubmitButton>
    </form>
  );
}
