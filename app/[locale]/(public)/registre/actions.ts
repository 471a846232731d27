"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { requestRegistration } from "@/lib/people/register";
import { registrationSchema } from "@/lib/people/registration-schema";

export const requestRegistrationAction = defineAction("public", registrationSchema, async (input) => {
  const result = await requestRegistration({ ...input, clientKey: await clientAddress() });
  return { ...result, email: input.email.trim(), minutes: env().MAGIC_LINK_MAX_AGE_MINUTES };
});
