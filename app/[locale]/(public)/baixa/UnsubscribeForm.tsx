"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { SubmitButton } from "@/components/form/SubmitButton";
import { unsubscribeAction } from "./actions";

/** Stops (or restarts) the reminders of the person the signed link belongs to; a form, so it works without JavaScript. */
export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unsubscribeAction, null);
  const off = state?.ok ? state.data.optOut : false;
  return (
    <div className="space-y-4">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success" live>
          {off
            ? "Fet: ja no rebreu recordatoris. Continuareu rebent els correus necessaris (propostes, respostes de la secretaria, canvis de l'acompanyament)."
            : "Tornareu a rebre els recordatoris."}
        </Alert>
      ) : null}
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="optOut" value={off ? "false" : "true"} />
        <SubmitButton variant={off ? "secondary" : "primary"} pendingLabel="S'està desant…">
          {off ? "Desfés-ho: vull rebre recordatoris" : "No vull rebre més recordatoris"}
        </SubmitButton>
      </form>
    </div>
  );
}
