"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Button, Input } from "@/components/form/fields";
import { useActionForm } from "@/components/form/use-action-form";
import { allowLateApplicationAction } from "./actions";

export function LateApplicationForm({ editionId }: { editionId: string }) {
  const router = useRouter();
  const { form, onSubmit, formError, done, error, pending } = useActionForm({
    schema: () => import("./late-application-schema").then((m) => m.lateApplicationSchema),
    action: allowLateApplicationAction,
    defaultValues: { editionId, email: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-line bg-white p-5">
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
      <Input
        label="Adreça electrònica de la persona tècnica"
        help="La que fa servir per entrar a la plataforma."
        type="email"
        autoComplete="off"
        required
        error={error("email")}
        {...form.register("email")}
      />
      <Button pending={pending}>Accepta fora de termini</Button>
    </form>
  );
}
