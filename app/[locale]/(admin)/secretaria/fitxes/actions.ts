"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { publishRecordSheet, requestRecordSheetChanges } from "@/lib/mentorships/record-sheet";
import { reviewSchema } from "@/lib/mentorships/schema";
import { z } from "@/lib/zod";

export const requestChangesAction = defineAction("mentorship:oversee", reviewSchema, async (input, { viewer }) =>
  requestRecordSheetChanges(viewer, input),
);

export const publishAction = defineAction(
  "mentorship:oversee",
  z.object({ sheetId: z.string().min(1).max(40) }),
  async (input, { viewer }) => publishRecordSheet(viewer, input.sheetId),
  // The catalogue's filters, and the published fitxes counted in the dashboard's past editions.
  { tags: [CACHE_TAGS.publicFitxes, CACHE_TAGS.editionHistory] },
);
