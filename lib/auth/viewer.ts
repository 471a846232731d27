import { cache } from "react";
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
