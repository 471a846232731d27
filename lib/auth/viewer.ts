import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { isDevMailboxEnabled } from "@/lib/env";
import { sessionToken } from "./session-cookie";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Session } from "next-auth";

export type Viewer = Session["user"];

const viewerSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  isMentor: true,
  approvalStatus: true,
  municipalityId: true,
  deactivatedAt: true,
  erasedAt: true,
} satisfies Prisma.UserSelect;
type ViewerPerson = Prisma.UserGetPayload<{ select: typeof viewerSelect }>;

/**
 * What the app knows of a person who asks, and nothing more (no phone, no position): the
 * same shape for pages, actions and Auth.js's session endpoint.
 */
export function asViewer(person: ViewerPerson): Viewer {
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    role: person.role,
    isMentor: person.isMentor,
    approvalStatus: person.approvalStatus,
    municipalityId: person.municipalityId,
    active: !person.deactivatedAt && !person.erasedAt,
  };
}

/**
 * The person a session token belongs to, or null: no such session, a session past its expiry
 * date (Auth.js's database strategy), or a deactivated or erased person. One query.
 */
export async function viewerForSessionToken(token: string | undefined): Promise<Viewer | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, user: { select: viewerSelect } },
  });
  if (!session || session.expires.getTime() <= Date.now()) return null;
  const viewer = asViewer(session.user);
  return viewer.active ? viewer : null;
}

/**
 * The signed-in person for this request, read from the database session (so a deactivation
 * or a role change applies at once), or null. Deactivated people count as signed out.
 *
 * Auth.js creates and ends the sessions; this reads its Session row directly instead of
 * calling `auth()`, which runs Auth.js's whole request pipeline (a Request built from the
 * headers, the session endpoint's JSON response, parsed again) on every page: about a
 * millisecond of CPU per request, a tenth of a signed-in page's cost (issue 8's benchmark).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => viewerForSessionToken(sessionToken(await cookies())));

/** What the header shows about the signed-in person (components/viewer/ViewerContext.tsx). */
export function viewerState(viewer: Viewer | null) {
  return {
    viewer: viewer ? { name: viewer.name ?? viewer.email ?? "", role: viewer.role, isMentor: viewer.isMentor } : null,
    mailbox: isDevMailboxEnabled(),
  };
}
