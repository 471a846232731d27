"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { changeEditionPhase } from "@/lib/editions/phase-change";
import { createEdition, setCurrentEdition, updateEdition } from "@/lib/editions/save-edition";
import { editionSchema } from "@/lib/editions/schema";

const id = z.string().min(1).max(40);
const phase = z.enum(["DRAFT", "APPLICATIONS", "MATCHING", "MENTORING", "CLOSURE", "CLOSED"]);

export const createEditionAction = defineAction("programme:manage", editionSchema, async (input, { viewer }) => {
  const edition = await createEdition(viewer, input);
  revalidatePath("/", "layout");
  return edition;
});

export const updateEditionAction = defineAction(
  "programme:manage",
  z.object({ editionId: id, values: editionSchema }),
  async (input, { viewer }) => {
    const edition = await updateEdition(viewer, input.editionId, input.values);
    revalidatePath("/", "layout");
    return edition;
  },
);

export const setCurrentEditionAction = defineAction("programme:manage", z.object({ editionId: id }), async (input, { viewer }) => {
  const edition = await setCurrentEdition(viewer, input.editionId);
  revalidatePath("/", "layout");
  return edition;
});

export const changePhaseAction = defineAction(
  "programme:manage",
  z.object({ editionId: id, from: phase, to: phase }),
  async (input, { viewer }) => {
    const edition = await changeEditionPhase(viewer, input);
    revalidatePath("/", "layout");
    return edition;
  },
);
