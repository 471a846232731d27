"use server";

import { z } from "@/lib/zod";
import { withdrawApplication } from "@/lib/applications/manage-application";
import { saveApplication } from "@/lib/applications/save-application";
import type { ApplicationInput } from "@/lib/applications/schema";
import { defineAction } from "@/lib/actions/safe-action";

// The values are validated by the use case, whose schema depends on the mode: a draft keeps
// whatever was typed, a submission needs everything (lib/applications/schema.ts).
const saveSchema = z.object({ mode: z.enum(["draft", "submit"]), values: z.record(z.string(), z.unknown()) });

export const saveApplicationAction = defineAction("application:own", saveSchema, async (input, { viewer }) =>
  saveApplication(viewer, { mode: input.mode, values: input.values as ApplicationInput }),
);

export const withdrawApplicationAction = defineAction(
  "application:own",
  z.object({ applicationId: z.string().min(1).max(40) }),
  async (input, { viewer }) => withdrawApplication(viewer, input.applicationId),
);
