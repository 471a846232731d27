"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { allowLateApplication } from "@/lib/applications/manage-application";
import { lateApplicationSchema } from "./late-application-schema";

export const allowLateApplicationAction = defineAction(
  "programme:manage",
  lateApplicationSchema,
  async (input, { viewer }) => allowLateApplication(viewer, input),
);
