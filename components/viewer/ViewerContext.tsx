"use client";

import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { NavViewer } from "@/lib/nav";

export type ViewerSummary = NavViewer & { name: string };
export type ViewerState = { viewer: ViewerSummary | null; mailbox: boolean };

const SIGNED_OUT: ViewerState = { viewer: null, mailbox: false };
const ViewerContext = createContext<ViewerState>(SIGNED_OUT);

/**
 * Who is signed in, for the header and the few public-page elements that depend on it. Signed-in
 * areas render it on the server (`initial`); public pages are the same for everyone (cached
 * HTML), so there it is asked from /api/viewer after load and on every navigation (a sign-in or
 * a sign-out changes it without a full page load).
 */
export function ViewerProvider({ initial, children }: { initial?: ViewerState; children: ReactNode }) {
  const [fetched, setFetched] = useState<ViewerState>(SIGNED_OUT);
  const pathname = usePathname();
  useEffect(() => {
    if (initial) return;
    let current = true;
    fetch("/api/viewer", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<ViewerState>) : null))
      .then((data) => {
        if (current && data) setFetched(data);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [initial, pathname]);
  return <ViewerContext.Provider value={initial ?? fetched}>{children}</ViewerContext.Provider>;
}

export const useViewer = () => useContext(ViewerContext);
