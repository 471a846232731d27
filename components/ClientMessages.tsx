import { useMessages } from "next-intl";
import type { ReactNode } from "react";
import { MessagesProvider } from "@/lib/i18n/messages-context";

/**
 * Hands the messages of the given namespaces to the client components inside (they translate
 * with lib/i18n/use-t.ts), with the forms' validation messages (lib/i18n/validation.ts). Only
 * the pages with such components pay for their messages in the HTML; the root layout passes the
 * error page's alone.
 */
export function ClientMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const messages = useMessages();
  return (
    <MessagesProvider
      messages={Object.fromEntries(
        [...namespaces, "validation"].filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]),
      )}
    >
      {children}
    </MessagesProvider>
  );
}
