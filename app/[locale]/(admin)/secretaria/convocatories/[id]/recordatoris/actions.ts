"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { saveReminderSettings } from "@/lib/reminders/edition-settings";
import { reminderSettingsFormSchema } from "@/lib/reminders/settings";

export const saveReminderSettingsAction = defineAction(
  "programme:manage",
  reminderSettingsFormSchema,
  async (input, { viewer }) => saveReminderSettings(viewer, input.editionId, input.settings),
);
