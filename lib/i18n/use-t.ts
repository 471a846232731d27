"use client";

import { useMessages } from "next-intl";
import { useCallback } from "react";

type Values = Record<string, string | number>;

/**
 * Translations in client components. They only use plain messages with `{name}` arguments
 * (plurals and selects are worded on the server), so this small lookup replaces next-intl's
 * `useTranslations` there; with the browser alias of `use-intl/format-message` in
 * next.config.mjs, the ICU message parser (about 10 kB compressed) stays out of every page.
 */
export function useT(namespace: string) {
  const messages = useMessages() as unknown as Record<string, unknown>;
  return useCallback(
    (key: string, values?: Values) => {
      const message = `${namespace}.${key}`.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
      if (typeof message !== "string") return `${namespace}.${key}`;
      return values ? message.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match)) : message;
    },
    [messages, namespace],
  );
}
