"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { SubmitButton } from "./form/SubmitButton";
import { ActionMessages } from "./form/ActionMessages";
import { HiddenInputs, type HiddenInput } from "./form/HiddenInputs";

type FormAction = (state: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;
type Variant = "primary" | "secondary" | "danger";

/**
 * One server action behind one button: a form with the action's input as hidden fields, so it
 * works before the page's JavaScript has loaded and without it. `confirm` puts a second step in
 * the page (a disclosure with the question and the confirming button), never a browser dialog.
 * `redirectTo` is where to go after it succeeds (the action redirects, with or without JavaScript).
 */
export function ActionButton({
  action,
  input,
  label,
  confirm,
  confirmLabel,
  variant = "primary",
  success,
  redirectTo,
  pendingLabel = "S'està desant…",
  ariaLabel,
}: {
  action: FormAction;
  input: HiddenInput;
  label: string;
  confirm?: string;
  confirmLabel?: string;
  variant?: Variant;
  success?: string;
  redirectTo?: string;
  pendingLabel?: string;
  /** The button's accessible name when its label alone is ambiguous (a "Proposa" in every row). */
  ariaLabel?: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const form = (buttonLabel: string, buttonVariant: Variant) => (
    <form action={formAction}>
      <HiddenInputs input={input} />
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      <SubmitButton variant={buttonVariant} pendingLabel={pendingLabel} ariaLabel={ariaLabel}>
        {buttonLabel}
      </SubmitButton>
    </form>
  );
  return (
    <div className="space-y-2">
      <ActionMessages state={state} success={success} />
      {confirm ? (
        <details className="group">
          <summary className={summaryClass(variant)}>{label}</summary>
          <div className="mt-3 space-y-3 rounded border border-line bg-white p-4">
            <p>{confirm}</p>
            {form(confirmLabel ?? label, variant)}
          </div>
        </details>
      ) : (
        form(label, variant)
      )}
    </div>
  );
}

const summaryClass = (variant: Variant) =>
  `inline-block cursor-pointer list-none rounded px-5 py-2.5 font-semibold [&::-webkit-details-marker]:hidden ${
    variant === "danger"
      ? "bg-danger text-white hover:bg-red-800"
      : variant === "secondary"
        ? "border border-brand-700 bg-white text-brand-700 hover:bg-brand-50"
        : "bg-brand-700 text-white hover:bg-brand-800"
  }`;
