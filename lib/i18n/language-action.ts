"use server";

import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/safe-action";
import { saveMyLanguage } from "@/lib/reminders/preferences";
import { z } from "@/lib/zod";
import { LOCALES } from "./locales";

const changeLanguage = defineAction(
  "signed-in",
  z.object({ locale: z.enum(LOCALES), redirectTo: z.string().max(2000).optional() }),
  async ({ locale }, { viewer }) => saveMyLanguage(viewer, locale),
);

/**
 * The language switcher of a signed-in person: their pages and emails change language, and they
 * go on to the same page in it (`redirectTo`, which defineAction checks is a page of the app).
 * Should the change be refused (a session that has just ended), they still get the page in the
 * language they asked for, as a link would have taken them.
 */
export async function changeLanguageAction(formData: FormData): Promise<void> {
  await changeLanguage(formData);
  const next = formData.get("redirectTo")?.toString() ?? "";
  const locale = formData.get("locale")?.toString();
  redirect(/^\/(ca|es)(\/[^/\\]|$)/.test(next) ? next : `/${locale === "es" ? "es" : "ca"}`);
}
