"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { Alert } from "./Alert";
import { Button } from "./form/fields";

/** A button that runs one server action, asks for confirmation if needed, and shows a refusal. */
export function ActionButton<I>({
  action,
  input,
  label,
  confirm,
  variant = "primary",
  success,
  redirectTo,
}: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  label: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  success?: string;
  /** Where to go after it succeeds (e.g. when the page's record no longer exists). */
  redirectTo?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-2">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done && success ? (
        <Alert tone="success" live>
          {success}
        </Alert>
      ) : null}
      <Button
        type="button"
        variant={variant}
        pending={pending}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setPending(true);
          setError(null);
          const result = await action(input);
          setPending(false);
          if (!result.ok) return setError(result.error);
          setDone(true);
          if (redirectTo) router.push(redirectTo);
          else router.refresh();
        }}
      >
        {label}
      </Button>
    </div>
  );
}
