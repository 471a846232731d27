"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { Button } from "./fields";

/**
 * The submit button of a server-action form: disabled and showing `pendingLabel` while its form
 * is being sent, so a second click sends nothing twice. Without JavaScript it is a plain submit.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant,
  ariaLabel,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  /** The accessible name when the visible label alone is ambiguous. */
  ariaLabel?: string;
  /** A form with several submit buttons tells them apart by name and value (e.g. mode=draft). */
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      pending={pending}
      pendingLabel={pendingLabel}
      variant={variant}
      aria-label={ariaLabel}
      name={name}
      value={value}
    >
      {children}
    </Button>
  );
}
