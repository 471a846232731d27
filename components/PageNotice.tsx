import type { ReactNode } from "react";
import { Alert } from "./Alert";

/** A page that, for now, only has one thing to say: its header and one message. */
export function PageNotice({
  header,
  tone = "info",
  children,
}: {
  header: ReactNode;
  tone?: "info" | "warning" | "error" | "success";
  children: ReactNode;
}) {
  return (
    <div className="max-w-3xl space-y-4">
      {header}
      <Alert tone={tone}>{children}</Alert>
    </div>
  );
}
