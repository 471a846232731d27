import "server-only";
import type { SignInLinkEmailProps } from "@/emails/SignInLinkEmail";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "../outbox";
import { seal } from "../sealed";

/** `locale`: the page's language, for an address with no person yet (a registration); a person's email is in their own. */
type Args = Omit<SignInLinkEmailProps, "url"> & { to: string; userId?: string | null; url: string; expires: Date };

/**
 * A sign-in, registration or invitation link. The outbox keeps the link sealed (lib/email/sealed.ts)
 * and the time it expires: the delivery worker opens it only to send it, stores the copy with a
 * placeholder instead, and marks the email expired instead of sending a dead link.
 */
export function sendSignInLinkEmail(tx: Tx, { to, userId, url, expires, ...props }: Args) {
  return enqueueEmail(tx, {
    template: props.purpose === "invitation" ? "invitation" : "sign-in-link",
    to: { id: userId ?? null, email: to, locale: props.locale },
    props: {
      ...props,
      inviterName: props.inviterName ?? null,
      invitedAs: props.invitedAs ?? null,
      availabilityEdition: props.availabilityEdition ?? null,
      link: seal(url),
      expiresAt: expires.toISOString(),
    },
  });
}
