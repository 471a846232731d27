"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { NavViewer } from "@/lib/nav";

export type ViewerSummary = NavViewer & { name: string };
export type ViewerState = { viewer: ViewerSummary | null; mailbox: boolean };

const ViewerContext = createContext<ViewerState>({ viewer: null, mailbox: false });

/** Who is signed in, for the header and the few page elements that depend on it, rendered on the server by each area's layout. */
export function ViewerProvider({ initial, children }: { initial: ViewerState; children: ReactNode }) {
  return <ViewerContext.Provider value={initial}>{children}</ViewerContext.Provider>;
}

export const useViewer = () => useContext(ViewerContext);
