"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/Alert";
import type { useServerForm } from "./use-server-form";

type Server = Pick<ReturnType<typeof useServerForm>, "formProps" | "formError">;

/** A useServerForm form with its refusal message on top (the fields carry their own messages). */
export function FormFrame({
  server,
  className,
  children,
}: {
  server: Server;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form {...server.formProps} className={className}>
      {server.formError ? <Alert tone="error">{server.formError}</Alert> : null}
      {children}
    </form>
  );
}
