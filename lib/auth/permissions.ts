import "server-only";
import type { Viewer } from "./viewer";
import { localizeHref } from "@/lib/i18n/locale-path";
import { homeHref } from "@/lib/nav";

// The one map from roles to what they may do. Actions and loaders ask `can(viewer, …)`;
// ownership of a record is then checked in the query's `where`.
export const ROLE_PERMISSIONS = {
  TECHNICIAN: ["profile:own", "application:own", "offer:own", "proposal:respond", "mentorship:party"],
  SECRETARIAT: [
    "profile:own",
    "programme:manage",
    "people:manage",
    "matching:manage",
    "mentorship:oversee",
    "email:log",
    "audit:read",
  ],
} as const;

export type Permission = (typeof ROLE_PERMISSIONS)[keyof typeof ROLE_PERMISSIONS][number];

export function can(viewer: Viewer | null, permission: Permission): boolean {
  if (!viewer) return false;
  return (ROLE_PERMISSIONS[viewer.role] as readonly string[]).includes(permission);
}

/** Where each role lands after signing in. */
export function homePath(viewer: Pick<Viewer, "role">, locale: string): string {
  return localizeHref(homeHref(viewer), locale);
}
