import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "./permissions";
import { REQUEST_PATH_HEADER } from "./request-path";
import { currentSession, type Viewer } from "./viewer";

/**
 * For pages and loaders: the signed-in person, or a redirect to the sign-in page. A request
 * whose session cookie opens no live session goes there through /api/auth/session-ended, which
 * clears the cookie (a page cannot set cookies). After signing in the person comes back to
 * `nextPath`, by default the page asked for.
 */
export async function requireViewer(locale: string, nextPath?: string): Promise<Viewer> {
  const { viewer, stale } = await currentSession();
  if (!viewer) {
    // A layout does not know its page: the route guard passes the path asked for (proxy.ts).
    nextPath ??= (await headers()).get(REQUEST_PATH_HEADER) ?? undefined;
    const query = nextPath ? `?${new URLSearchParams({ next: nextPath })}` : "";
    const signIn = `/${locale}/entrar${query}`;
    redirect(stale ? `/api/auth/session-ended?${new URLSearchParams({ next: signIn })}` : signIn);
  }
  return viewer;
}

/** The signed-in person if they hold the permission; otherwise the page answers 403 (app/forbidden.tsx). */
export async function requirePermission(locale: string, permission: Permission, nextPath?: string): Promise<Viewer> {
  const viewer = await requireViewer(locale, nextPath);
  if (!can(viewer, permission)) forbidden();
  return viewer;
}
