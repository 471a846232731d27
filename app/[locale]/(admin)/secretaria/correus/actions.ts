"use server";

import { defineAction } from "@/lib/actions/safe-action";
import { resendEmail } from "@/lib/email/log";
import { z } from "@/lib/zod";

export const resendEmailAction = defineAction(
  "email:log",
  z.object({ id: z.string().min(1).max(40) }),
  async (input, { viewer }) => resendEmail(viewer, input.id),
);
