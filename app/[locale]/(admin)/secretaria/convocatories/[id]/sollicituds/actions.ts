"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { allowLateApplication } from "@/lib/applications/manage-application";

export const allowLateApplicationAction = defineAction(
  "programme:manage",
  z.object({ editionId: z.string().min(1).max(40), personId: z.string({ error: "Trieu una persona." }).min(1, { error: "Trieu una persona." }).max(40) }),
  async (input, { viewer }) => {
    const result = await allowLateApplication(viewer, input);
    revalidatePath("/", "layout");
    return result;
  },
);
