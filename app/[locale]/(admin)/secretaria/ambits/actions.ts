"use server";

import { CACHE_TAGS } from "@/lib/cache/tags";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { createTopic, setTopicActive, updateTopic } from "@/lib/topics/manage-topics";
import { topicFormSchema } from "@/lib/topics/schema";

const id = z.string().min(1).max(40);

/** Creates a topic, or changes one when the form carries its id. */
export const saveTopicAction = defineAction(
  "programme:manage",
  topicFormSchema,
  async ({ id, values }, { viewer }) => (id ? updateTopic(viewer, id, values) : createTopic(viewer, values)),
  { tags: [CACHE_TAGS.publicFitxes] },
);

export const setTopicActiveAction = defineAction(
  "programme:manage",
  z.object({ id, active: z.boolean() }),
  async (input, { viewer }) => setTopicActive(viewer, input.id, input.active),
  { tags: [CACHE_TAGS.publicFitxes] },
);
