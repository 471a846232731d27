"use client";

import dynamic from "next/dynamic";
import { useState, type ComponentProps, type ComponentType, type ReactNode } from "react";

// The mentorship page's occasional forms (an extension, a message to the secretariat, a reply,
// an early end) sit in closed disclosures. Their code is fetched when one is opened, so it is not
// part of the page's first-load JavaScript.
const Loading = () => <p className="text-sm text-muted">S&apos;està carregant el formulari…</p>;
const FORMS = {
  extension: dynamic(() => import("./ExtensionForm").then((m) => m.ExtensionForm), { ssr: false, loading: Loading }),
  communication: dynamic(() => import("./ExtensionForm").then((m) => m.CommunicationForm), {
    ssr: false,
    loading: Loading,
  }),
  cancel: dynamic(() => import("./ExtensionForm").then((m) => m.CancelForm), { ssr: false, loading: Loading }),
  reply: dynamic(() => import("./ReplyForm").then((m) => m.ReplyForm), { ssr: false, loading: Loading }),
};
type Forms = typeof FORMS;

export function FormDisclosure<K extends keyof Forms>({
  form,
  props,
  summary,
  defaultOpen = false,
  className,
  children,
}: {
  form: K;
  props: ComponentProps<Forms[K]>;
  summary: ReactNode;
  defaultOpen?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  // The props were checked against the chosen form above.
  const Form = FORMS[form] as unknown as ComponentType<Record<string, unknown>>;
  return (
    <details open={defaultOpen} className={className} onToggle={(event) => setOpen(event.currentTarget.open)}>
      {summary}
      {children}
      <div className="mt-3">{open ? <Form {...(props as Record<string, unknown>)} /> : null}</div>
    </details>
  );
}
