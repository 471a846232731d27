"use server";

import { z } from "@/lib/zod";
import { withdrawApplication } from "@/lib/applications/manage-application";
import { saveApplication } from "@/lib/applications/save-application";
import { applicationFormSchema, type ApplicationInput } from "@/lib/applications/schema";
import { defineAction } from "@/lib/actions/safe-action";

// Parsed here as a draft (types and lengths); the use case checks a submission for everything
// (lib/applications/schema.ts).
export const saveApplicationAction = defineAction(
  "application:own",
  applicationFormSchema,
  async ({ mode, ...values }, { viewer }) => saveApplication(viewer, { mode, values: values as ApplicationInput }),
);

export const withdrawApplicationAction = defineAction(
  "application:own",
  z.object({ applicationId: z.string().min(1).max(40) }),
  async (input, { viewer }) => withdrawApplication(viewer, input.applicationId),
);
