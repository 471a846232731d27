"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { clientAddress } from "@/lib/auth/client-address";
import { requestSignInLink } from "@/lib/auth/request-sign-in";
import { signInRequestSchema } from "@/lib/auth/schema";
import { env } from "@/lib/env";

export const requestSignInAction = defineAction("public", signInRequestSchema, async (input) => {
  const result = await requestSignInLink({
    email: input.email,
    locale: input.locale,
    clientKey: await clientAddress(),
    next: input.next,
  });
  return { ...result, email: input.email, minutes: env().MAGIC_LINK_MAX_AGE_MINUTES };
});
