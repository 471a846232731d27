import { redirect } from "next/navigation";
import { can, type Permission } from "./permissions";
import { getViewer, type Viewer } from "./viewer";

/** For pages and loaders: the signed-in person, or a redirect to the sign-in page. */
export async function requireViewer(locale: string, nextPath?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const query = nextPath ? `?${new URLSearchParams({ next: nextPath })}` : "";
    redirect(`/${locale}/entrar${query}`);
  }
  return viewer;
}

/** The signed-in person if they hold the permission; null when signed in without it. */
export async function requirePermission(locale: string, permission: Permission, nextPath?: string): Promise<Viewer | null> {
  const viewer = await requireViewer(locale, nextPath);
  return can(viewer, permission) ? viewer : null;
}
