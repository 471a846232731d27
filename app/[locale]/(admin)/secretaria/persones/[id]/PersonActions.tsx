"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/Alert";
import { Button } from "@/components/form/fields";
import { decideRegistrationAction, setPersonActiveAction } from "../actions";

export function PersonActions({ personId, active, pending }: { personId: string; active: boolean; pending: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<{ ok: boolean; error?: string }>, confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    setBusy(true);
    setError(null);
    const result = await fn();
    setBusy(false);
    if (!result.ok) setError(result.error ?? null);
    else router.refresh();
  };
  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        {pending ? (
          <>
            <Button
              type="button"
              pending={busy}
              onClick={() => run(() => decideRegistrationAction({ personId, approve: true }))}
            >
              Valida el registre
            </Button>
            <Button
              type="button"
              variant="secondary"
              pending={busy}
              onClick={() =>
                run(
                  () => decideRegistrationAction({ personId, approve: false }),
                  "Segur que no voleu validar aquest registre? La persona en rebrà l'avís.",
                )
              }
            >
              No el validis
            </Button>
          </>
        ) : null}
        {active ? (
          <Button
            type="button"
            variant="danger"
            pending={busy}
            onClick={() =>
              run(
                () => setPersonActiveAction({ personId, active: false }),
                "En desactivar la persona se'n tancaran les sessions i no podrà entrar. Voleu continuar?",
              )
            }
          >
            Desactiva
          </Button>
        ) : (
          <Button
            type="button"
            variant="secondary"
            pending={busy}
            onClick={() => run(() => setPersonActiveAction({ personId, active: true }))}
          >
            Reactiva
          </Button>
        )}
      </div>
    </div>
  );
}
