import { createElement } from "react";
import SignInLinkEmail, { signInLinkSubject, type SignInLinkEmailProps } from "@/emails/SignInLinkEmail";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "../outbox";

type Args = SignInLinkEmailProps & { to: string; userId?: string | null };

export function sendSignInLinkEmail(tx: Tx, { to, userId, ...props }: Args) {
  return enqueueEmail(tx, {
    template: props.purpose === "invitation" ? "invitation" : "sign-in-link",
    to,
    toUserId: userId,
    subject: signInLinkSubject(props.purpose),
    element: createElement(SignInLinkEmail, props),
    payload: { purpose: props.purpose },
    redactAfterSend: true,
  });
}
