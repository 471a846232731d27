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
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" pending={pending} pendingLabel={pendingLabel} variant={variant}>
      {children}
    </Button>
  );
}
