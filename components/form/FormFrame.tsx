"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/Alert";
import type { useServerForm } from "./use-server-form";

type Server = Pick<ReturnType<typeof useServerForm>, "action" | "formProps" | "formError" | "done">;

/** A form folded in a disclosure: its summary, whether it starts open, and what comes before the form. */
export type Disclosure = { summary: ReactNode; open?: boolean; intro?: ReactNode; className?: string; id?: string };

/**
 * A useServerForm form with its refusal message on top (the fields carry their own messages).
 * In a disclosure, it opens itself when the form comes back refused, so the messages are seen
 * (also without JavaScript, where the page is rendered again with the refusal), and stays open
 * after a success, whose message it holds, even when the page's next step no longer opens it.
 */
export function FormFrame({
  server,
  className,
  children,
  disclosure,
}: {
  server: Server;
  className?: string;
  children: ReactNode;
  disclosure?: Disclosure;
}) {
  const form = (
    <form action={server.action} {...server.formProps} className={className}>
      {server.formError ? <Alert tone="error">{server.formError}</Alert> : null}
      {children}
    </form>
  );
  if (!disclosure) return form;
  return (
    <details
      id={disclosure.id}
      open={Boolean(disclosure.open || server.formError || server.done)}
      className={disclosure.className}
    >
      <summary className="cursor-pointer font-semibold">{disclosure.summary}</summary>
      {disclosure.intro}
      <div className="mt-3">{form}</div>
    </details>
  );
}
