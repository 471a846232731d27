import { cache } from "react";
import { isDevMailboxEnabled } from "@/lib/env";
import { auth } from "./auth";
import type { Session } from "next-auth";

export type Viewer = Session["user"];

/**
 * The signed-in person for this request, read from the database session (so a deactivation
 * or a role change applies at once), or null. Deactivated people count as signed out.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.active) return null;
  return user;
});

/** What the header shows about the signed-in person (components/viewer/ViewerContext.tsx). */
export function viewerState(viewer: Viewer | null) {
  return {
    viewer: viewer ? { name: viewer.name ?? viewer.email ?? "", role: viewer.role, isMentor: viewer.isMentor } : null,
    mailbox: isDevMailboxEnabled(),
  };
}
