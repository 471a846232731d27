import "server-only";
import { forbidden } from "@/lib/errors";
import { can, type Permission } from "./permissions";
import type { Viewer } from "./viewer";

/** Use cases check again what the action client checked: they are also called from tests and jobs. */
export function assertPermission(actor: Viewer | null | undefined, permission: Permission): asserts actor is Viewer {
  if (!actor || !actor.active || !can(actor, permission)) throw forbidden();
}

export function assertSignedIn(actor: Viewer | null | undefined): asserts actor is Viewer {
  if (!actor || !actor.active) throw forbidden();
}
