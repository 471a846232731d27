"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { publishRecordSheet, requestRecordSheetChanges } from "@/lib/mentorships/record-sheet";
import { reviewSchema } from "@/lib/mentorships/schema";
import { z } from "@/lib/zod";

export const requestChangesAction = defineAction("mentorship:oversee", reviewSchema, async (input, { viewer }) => {
  const result = await requestRecordSheetChanges(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

export const publishAction = defineAction("mentorship:oversee", z.object({ sheetId: z.string().min(1).max(40) }), async (input, { viewer }) => {
  const result = await publishRecordSheet(viewer, input.sheetId);
  revalidatePath("/", "layout");
  return result;
});
