"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { saveOffer, withdrawOffer } from "@/lib/offers/manage-offer";
import { offerSchema } from "@/lib/offers/schema";

export const saveOfferAction = defineAction("offer:own", offerSchema, async (input, { viewer }) =>
  saveOffer(viewer, input),
);

export const withdrawOfferAction = defineAction("offer:own", z.object({}), async (_input, { viewer }) =>
  withdrawOffer(viewer),
);
