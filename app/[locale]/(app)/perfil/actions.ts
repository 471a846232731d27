"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { endAllSessions } from "@/lib/auth/end-sessions";
import { clearSessionCookies } from "@/lib/auth/session-cookie";
import { LOCALES } from "@/lib/i18n/locales";
import { defineAction } from "@/lib/actions/safe-action";
import { saveOwnProfile } from "@/lib/people/own-profile";
import { profileSchema } from "@/lib/people/schema";
import { saveMyReminderPreference } from "@/lib/reminders/preferences";
import { z } from "@/lib/zod";

export const saveProfileAction = defineAction("signed-in", profileSchema, async (input, { viewer }) =>
  saveOwnProfile(viewer, input),
);

export const remindersPreferenceAction = defineAction(
  "signed-in",
  z.object({ optOut: z.boolean() }),
  async (input, { viewer }) => saveMyReminderPreference(viewer, input.optOut),
);

export const signOutEverywhereAction = defineAction(
  "signed-in",
  z.object({ locale: z.enum(LOCALES) }),
  async ({ locale }, { viewer }) => {
    await endAllSessions(viewer);
    clearSessionCookies(await cookies());
    redirect(`/${locale}/entrar?${new URLSearchParams({ sortida: "tots" })}`);
  },
);
