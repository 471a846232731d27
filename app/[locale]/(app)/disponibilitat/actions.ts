"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { saveOffer, withdrawOffer } from "@/lib/offers/manage-offer";
import { offerSchema } from "@/lib/offers/schema";

export const saveOfferAction = defineAction("offer:own", offerSchema, async (input, { viewer }) => {
  const result = await saveOffer(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

export const withdrawOfferAction = defineAction("offer:own", z.object({}), async (_input, { viewer }) => {
  const result = await withdrawOffer(viewer);
  revalidatePath("/", "layout");
  return result;
});
