import "server-only";
import { env } from "@/lib/env";

/** An absolute link into the app for emails: `/ca/sollicitud` → `https://…/ca/sollicitud`. */
export function appUrl(path: string, locale = "ca"): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  return new URL(`/${locale}${clean}`, env().APP_URL).toString();
}
