"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { saveOwnProfile } from "@/lib/people/own-profile";
import { profileSchema } from "@/lib/people/schema";

export const saveProfileAction = defineAction("signed-in", profileSchema, async (input, { viewer }) => {
  const result = await saveOwnProfile(viewer, input);
  revalidatePath("/", "layout");
  return result;
});
