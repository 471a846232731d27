import "server-only";
import { describe, log } from "@/lib/log";
import { cookies } from "next/headers";
import { after } from "next/server";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { env, isDevMailboxEnabled } from "@/lib/env";
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

/** How often a session's last use is written down (the idle timeout is counted in days). */
const TOUCH_EVERY_MS = 3_600_000;

/**
 * The person a session token belongs to, or null: no such session, a session past its expiry
 * date (Auth.js's database strategy: the lifetime, SESSION_MAX_AGE_DAYS), a session unused for
 * SESSION_IDLE_DAYS, or a deactivated or erased person. One query; `touched` says whether the
 * session's last use is over an hour old and should be moved forward.
 */
export async function sessionViewer(
  token: string | undefined,
  now = new Date(),
): Promise<{ viewer: Viewer; touch: boolean } | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { sessionToken: token },
    select: { expires: true, lastSeenAt: true, user: { select: viewerSelect } },
  });
  if (!session || session.expires.getTime() <= now.getTime()) return null;
  if (session.lastSeenAt.getTime() <= now.getTime() - env().SESSION_IDLE_DAYS * 86_400_000) return null;
  const viewer = asViewer(session.user);
  return viewer.active ? { viewer, touch: session.lastSeenAt.getTime() < now.getTime() - TOUCH_EVERY_MS } : null;
}

export async function viewerForSessionToken(token: string | undefined): Promise<Viewer | null> {
  return (await sessionViewer(token))?.viewer ?? null;
}

/** Moves a session's last use to now (after the response, so no page waits for the write). */
export async function touchSession(token: string, now = new Date()) {
  await prisma.session.updateMany({ where: { sessionToken: token }, data: { lastSeenAt: now } });
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
export const getViewer = cache(async (): Promise<Viewer | null> => (await currentSession()).viewer);

/**
 * This request's session: the person, and whether it carries a session cookie that opens no
 * live session (a stale cookie, to be cleared where a response can set cookies).
 */
export const currentSession = cache(async (): Promise<{ viewer: Viewer | null; stale: boolean }> => {
  const token = sessionToken(await cookies());
  const found = await sessionViewer(token);
  if (found?.touch && token)
    after(() =>
      touchSession(token).catch((error) =>
        log.error({ event: "session_touch_failed", error: describe(error) }, "session touch failed"),
      ),
    );
  return { viewer: found?.viewer ?? null, stale: Boolean(token) && !found };
});

/** What the header shows about the signed-in person (components/viewer/ViewerContext.tsx). */
export function viewerState(viewer: Viewer | null) {
  return {
    viewer: viewer ? { name: viewer.name ?? viewer.email ?? "", role: viewer.role, isMentor: viewer.isMentor } : null,
    mailbox: isDevMailboxEnabled(),
  };
}
