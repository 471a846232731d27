import { Alert } from "@/components/Alert";
import type { ActionResult } from "@/lib/actions/safe-action";

/** A server action's answer above its form: the refusal, or `success` once it went through. */
export function ActionMessages({ state, success }: { state: ActionResult<unknown> | null; success?: string }) {
  if (state && !state.ok) return <Alert tone="error">{state.error}</Alert>;
  if (state?.ok && success) {
    return (
      <Alert tone="success" live>
        {success}
      </Alert>
    );
  }
  return null;
}
