"use client";

import { createContext, useContext, type ReactNode } from "react";

export type Messages = Record<string, unknown>;

const MessagesContext = createContext<Messages>({});

/** The messages client components may read; nested providers add their namespaces to the outer ones. */
export function MessagesProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  const outer = useContext(MessagesContext);
  return <MessagesContext.Provider value={{ ...outer, ...messages }}>{children}</MessagesContext.Provider>;
}

export const useMessages = () => useContext(MessagesContext);
