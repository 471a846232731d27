"use client";

import { useCallback } from "react";
import { useMessages } from "./messages-context";

type Values = Record<string, string | number>;

/**
 * Translations in client components. They only use plain messages with `{name}` arguments
 * (plurals and selects are worded on the server), so this small lookup over the messages that
 * components/ClientMessages.tsx hands down replaces next-intl's `useTranslations` there, and
 * neither next-intl's client provider nor its ICU message parser reaches the browser.
 */
export function useT(namespace: string) {
  const lookup = useLookup(namespace);
  return useCallback(
    (key: string, values?: Values) => lookup(key, values) ?? `${namespace}.${key}`,
    [lookup, namespace],
  );
}

/** Like useT, but undefined for a key the namespace doesn't have. */
export function useLookup(namespace: string) {
  const messages = useMessages();
  return useCallback(
    (key: string, values?: Values): string | undefined => {
      const message = `${namespace}.${key}`
        .split(".")
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
      if (typeof message !== "string") return undefined;
      return values
        ? message.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
        : message;
    },
    [messages, namespace],
  );
}
