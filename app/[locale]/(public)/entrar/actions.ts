"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/safe-action";
import { requestSignInLink } from "@/lib/auth/request-sign-in";
import { signInRequestSchema } from "@/lib/auth/schema";
import { env } from "@/lib/env";

export const requestSignInAction = defineAction("public", signInRequestSchema, async (input) => {
  const result = await requestSignInLink({ email: input.email, locale: input.locale, clientKey: await clientKey(), next: input.next });
  return { ...result, minutes: env().MAGIC_LINK_MAX_AGE_MINUTES };
});

async function clientKey() {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}
