"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { ActionMessages } from "./form/ActionMessages";
import { HiddenInputs, type HiddenInput } from "./form/HiddenInputs";

type FormAction = (state: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * One server action behind several buttons: one form with the shared input as hidden fields,
 * and in `children` SubmitButtons that each send their own `name`/`value` (a list of mentors,
 * each with its "Proposa"). One form for the list instead of one per button keeps a long page
 * light; it works before the page's JavaScript has loaded and without it (the browser sends the
 * button pressed).
 */
export function ActionChoices({
  action,
  input,
  success,
  children,
}: {
  action: FormAction;
  input: HiddenInput;
  success?: string;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <ActionMessages state={state} success={success} />
      <HiddenInputs input={input} />
      {children}
    </form>
  );
}
