"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { Alert } from "../Alert";

type FormAction = (state: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * A form that posts its fields to a server action (lib/actions/safe-action.ts) and shows the
 * action's refusal above its controls. It works before the page's JavaScript has loaded and
 * without it: React posts the form natively and renders the answer. For forms with fields to
 * validate in the browser, see the forms built on react-hook-form.
 */
export function ActionForm({
  action,
  children,
  className,
  success,
}: {
  action: FormAction;
  children: ReactNode;
  className?: string;
  success?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className={className}>
      {state && !state.ok ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok && success ? (
        <Alert tone="success" live>
          {success}
        </Alert>
      ) : null}
      {children}
    </form>
  );
}
