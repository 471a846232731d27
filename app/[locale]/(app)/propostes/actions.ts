"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { acceptProposal, declineProposal, declineSchema } from "@/lib/matching/respond";

export const acceptProposalAction = defineAction(
  "proposal:respond",
  z.object({ proposalId: z.string().min(1).max(40) }),
  async (input, { viewer }) => acceptProposal(viewer, input.proposalId),
);

export const declineProposalAction = defineAction("proposal:respond", declineSchema, async (input, { viewer }) =>
  declineProposal(viewer, input),
);
