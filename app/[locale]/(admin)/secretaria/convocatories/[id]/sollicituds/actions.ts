"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { allowLateApplication } from "@/lib/applications/manage-application";
import { lateApplicationSchema } from "./late-application-schema";

export const allowLateApplicationAction = defineAction(
  "programme:manage",
  lateApplicationSchema,
  async (input, { viewer }) => {
    const result = await allowLateApplication(viewer, input);
    revalidatePath("/", "layout");
    return result;
  },
);
