"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { createTopic, setTopicActive, updateTopic } from "@/lib/topics/manage-topics";
import { topicSchema } from "@/lib/topics/schema";

const id = z.string().min(1).max(40);

export const createTopicAction = defineAction("programme:manage", topicSchema, async (input, { viewer }) =>
  createTopic(viewer, input),
);

export const updateTopicAction = defineAction(
  "programme:manage",
  z.object({ id, values: topicSchema }),
  async (input, { viewer }) => updateTopic(viewer, input.id, input.values),
);

export const setTopicActiveAction = defineAction(
  "programme:manage",
  z.object({ id, active: z.boolean() }),
  async (input, { viewer }) => setTopicActive(viewer, input.id, input.active),
);
