import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { isDevMailboxEnabled } from "@/lib/env";
import { SESSION_COOKIES } from "./session-cookie";
import type { Session } from "next-auth";

export type Viewer = Session["user"];

/**
 * The signed-in person for this request, read from the database session (so a deactivation
 * or a role change applies at once), or null. Deactivated people count as signed out.
 *
 * Auth.js creates and ends the sessions; this reads its Session row directly, in one query,
 * instead of calling `auth()`, which runs Auth.js's whole request pipeline (a Request built
 * from the headers, the session endpoint's JSON response, parsed again) on every page: about
 * a millisecond of CPU per request, a tenth of a signed-in page's cost (issue 8's benchmark).
 * Same rule as Auth.js's database strategy: the cookie holds the session token, and a session
 * past its expiry date is no session.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { sessionToken: token },
    select: {
      expires: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          isMentor: true,
          approvalStatus: true,
          municipalityId: true,
          deactivatedAt: true,
          erasedAt: true,
        },
      },
    },
  });
  if (!session || session.expires.getTime() <= Date.now()) return null;
  const { deactivatedAt, erasedAt, ...person } = session.user;
  if (deactivatedAt || erasedAt) return null;
  return { ...person, active: true };
});

/** What the header shows about the signed-in person (components/viewer/ViewerContext.tsx). */
export function viewerState(viewer: Viewer | null) {
  return {
    viewer: viewer ? { name: viewer.name ?? viewer.email ?? "", role: viewer.role, isMentor: viewer.isMentor } : null,
    mailbox: isDevMailboxEnabled(),
  };
}
