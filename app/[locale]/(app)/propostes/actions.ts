"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { acceptProposal, declineProposal, declineSchema } from "@/lib/matching/respond";

export const acceptProposalAction = defineAction("proposal:respond", z.object({ proposalId: z.string().min(1).max(40) }), async (input, { viewer }) => {
  const result = await acceptProposal(viewer, input.proposalId);
  revalidatePath("/", "layout");
  return result;
});

export const declineProposalAction = defineAction("proposal:respond", declineSchema, async (input, { viewer }) => {
  const result = await declineProposal(viewer, input);
  revalidatePath("/", "layout");
  return result;
});
