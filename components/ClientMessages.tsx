import { useMessages } from "next-intl";
import type { ReactNode } from "react";
import { MessagesProvider } from "@/lib/i18n/messages-context";

/**
 * Hands the messages of the given namespaces to the client components inside (they translate
 * with lib/i18n/use-t.ts), with the forms' validation messages (lib/i18n/validation.ts) unless
 * `validation` is false. Only the pages with such components pay for their messages in the HTML;
 * the root layout passes the error page's alone (every page with a form wraps it in its own
 * ClientMessages, which brings the validation messages).
 */
export function ClientMessages({
  namespaces,
  validation = true,
  children,
}: {
  namespaces: string[];
  validation?: boolean;
  children: ReactNode;
}) {
  const messages = useMessages();
  const wanted = validation ? [...namespaces, "validation"] : namespaces;
  return (
    <MessagesProvider
      messages={Object.fromEntries(wanted.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]))}
    >
      {children}
    </MessagesProvider>
  );
}
