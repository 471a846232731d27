"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/safe-action";
import { env } from "@/lib/env";
import { requestRegistration } from "@/lib/people/register";
import { registrationSchema } from "@/lib/people/registration-schema";

export const requestRegistrationAction = defineAction("public", registrationSchema, async (input) => {
  const h = await headers();
  const clientKey = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
  const result = await requestRegistration({ ...input, clientKey });
  return { ...result, minutes: env().MAGIC_LINK_MAX_AGE_MINUTES };
});
