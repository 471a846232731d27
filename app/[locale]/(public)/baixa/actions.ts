"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { invalid } from "@/lib/errors";
import { setRemindersOptOut } from "@/lib/reminders/preferences";
import { z } from "@/lib/zod";

export const unsubscribeAction = defineAction(
  "public",
  z.object({ token: z.string().min(1).max(200), optOut: z.boolean() }),
  async (input) => {
    if (!(await setRemindersOptOut(input.token, input.optOut))) throw invalid({ key: "baixa.enllacValidPodeuCanviar" });
    return { optOut: input.optOut };
  },
);
