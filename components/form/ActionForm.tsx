"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { ActionMessages } from "./ActionMessages";

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
      <ActionMessages state={state} success={success} />
      {children}
    </form>
  );
}
