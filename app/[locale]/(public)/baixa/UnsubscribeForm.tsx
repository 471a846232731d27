"use client";

import { useActionState } from "react";
import { Alert } from "@/components/Alert";
import { SubmitButton } from "@/components/form/SubmitButton";
import { unsubscribeAction } from "./actions";

/** Stops (or restarts) the reminders of the person the signed link belongs to; a form, so it works without JavaScript. */
export function UnsubscribeForm({
  token,
  labels,
}: {
  token: string;
  labels: { off: string; on: string; saving: string; stop: string; undo: string };
}) {
  const [state, action] = useActionState(unsubscribeAction, null);
  const off = state?.ok ? state.data.optOut : false;
  return (
    <div className="space-y-4">
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success" live>
          {off ? labels.off : labels.on}
        </Alert>
      ) : null}
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="optOut" value={off ? "false" : "true"} />
        <SubmitButton variant={off ? "secondary" : "primary"} pendingLabel={labels.saving}>
          {off ? labels.undo : labels.stop}
        </SubmitButton>
      </form>
    </div>
  );
}
