"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { createTopic, setTopicActive, updateTopic } from "@/lib/topics/manage-topics";
import { topicSchema } from "@/lib/topics/schema";

const id = z.string().min(1).max(40);

export const createTopicAction = defineAction("programme:manage", topicSchema, async (input, { viewer }) => {
  const result = await createTopic(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

export const updateTopicAction = defineAction("programme:manage", z.object({ id, values: topicSchema }), async (input, { viewer }) => {
  const result = await updateTopic(viewer, input.id, input.values);
  revalidatePath("/", "layout");
  return result;
});

export const setTopicActiveAction = defineAction("programme:manage", z.object({ id, active: z.boolean() }), async (input, { viewer }) => {
  const result = await setTopicActive(viewer, input.id, input.active);
  revalidatePath("/", "layout");
  return result;
});
