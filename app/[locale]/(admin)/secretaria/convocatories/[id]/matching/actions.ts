"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { saveMatchingWeights } from "@/lib/matching/board";
import { sendProposals, sendProposalsSchema, withdrawProposal } from "@/lib/matching/proposals";
import { sendDraftSchema } from "@/lib/matching/send-schema";
import { weightsFormSchema } from "@/lib/matching/weights";

const id = z.string().min(1).max(40);

/** The suggested draft, with the rows the secretariat kept and the personal message. */
export const sendDraftAction = defineAction("matching:manage", sendDraftSchema, async (input, { viewer }) =>
  sendProposals(viewer, {
    editionId: input.editionId,
    message: input.message || null,
    items: input.items.map(({ applicationId, mentorId }) => ({ applicationId, mentorId })),
  }),
);

export const sendProposalsAction = defineAction("matching:manage", sendProposalsSchema, async (input, { viewer }) =>
  sendProposals(viewer, input),
);

export const withdrawProposalAction = defineAction(
  "matching:manage",
  z.object({ proposalId: id }),
  async (input, { viewer }) => withdrawProposal(viewer, input.proposalId),
);

export const saveWeightsAction = defineAction("matching:manage", weightsFormSchema, async (input, { viewer }) =>
  saveMatchingWeights(viewer, input.editionId, input.weights),
);
