"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { saveMatchingWeights, suggestForEdition } from "@/lib/matching/board";
import { sendProposals, sendProposalsSchema, withdrawProposal } from "@/lib/matching/proposals";
import { weightsSchema } from "@/lib/matching/weights";

const id = z.string().min(1).max(40);

export const suggestAction = defineAction("matching:manage", z.object({ editionId: id }), async (input, { viewer }) =>
  suggestForEdition(viewer, input.editionId),
);

export const sendProposalsAction = defineAction("matching:manage", sendProposalsSchema, async (input, { viewer }) =>
  sendProposals(viewer, input),
);

export const withdrawProposalAction = defineAction(
  "matching:manage",
  z.object({ proposalId: id }),
  async (input, { viewer }) => withdrawProposal(viewer, input.proposalId),
);

export const saveWeightsAction = defineAction(
  "matching:manage",
  z.object({ editionId: id, weights: weightsSchema }),
  async (input, { viewer }) => saveMatchingWeights(viewer, input.editionId, input.weights),
);
