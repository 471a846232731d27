import "server-only";
import { env } from "@/lib/env";

/** The secretariat's public contact address (footer, privacy notice, security.txt). */
export function contactEmail(): string {
  return env().CONTACT_EMAIL;
}
