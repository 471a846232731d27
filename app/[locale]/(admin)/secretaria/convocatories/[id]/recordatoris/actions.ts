"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { saveReminderSettings } from "@/lib/reminders/edition-settings";
import { z } from "@/lib/zod";

export const saveReminderSettingsAction = defineAction(
  "programme:manage",
  z.object({ editionId: z.string().min(1).max(40), settings: z.record(z.string(), z.unknown()) }),
  async (input, { viewer }) => saveReminderSettings(viewer, input.editionId, input.settings),
);
