"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { changeEditionPhase } from "@/lib/editions/phase-change";
import { createEdition, setCurrentEdition, updateEdition } from "@/lib/editions/save-edition";
import { editionSchema } from "@/lib/editions/schema";

const id = z.string().min(1).max(40);
const phase = z.enum(["DRAFT", "APPLICATIONS", "MATCHING", "MENTORING", "CLOSURE", "CLOSED"]);

export const createEditionAction = defineAction("programme:manage", editionSchema, async (input, { viewer }) => createEdition(viewer, input));

export const updateEditionAction = defineAction(
  "programme:manage",
  z.object({ editionId: id, values: editionSchema }),
  async (input, { viewer }) => updateEdition(viewer, input.editionId, input.values),
);

export const setCurrentEditionAction = defineAction("programme:manage", z.object({ editionId: id }), async (input, { viewer }) => setCurrentEdition(viewer, input.editionId));

export const changePhaseAction = defineAction(
  "programme:manage",
  z.object({ editionId: id, from: phase, to: phase }),
  async (input, { viewer }) => changeEditionPhase(viewer, input),
);
