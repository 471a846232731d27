"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { changeEditionPhase } from "@/lib/editions/phase-change";
import { phaseChangeSchema } from "@/lib/editions/phase-change-schema";
import { createEdition, setCurrentEdition, updateEdition } from "@/lib/editions/save-edition";
import { calendarFingerprint, editionFormSchema } from "@/lib/editions/schema";

const id = z.string().min(1).max(40);

/** An edition's name, year and phase are in the dashboard's comparison of past editions. */
const history = { tags: [CACHE_TAGS.editionHistory] };

/** Creates an edition, or saves one (a calendar change is previewed first, then confirmed). */
export const saveEditionAction = defineAction(
  "programme:manage",
  editionFormSchema,
  async (input, { viewer }) =>
    input.editionId
      ? updateEdition(viewer, input.editionId, input.values, {
          confirmCalendar: input.confirmedCalendar === calendarFingerprint(input.values),
        })
      : {
          ...(await createEdition(viewer, input.values)),
          saved: true as const,
          impact: null,
          calendar: calendarFingerprint(input.values),
        },
  history,
);

export const setCurrentEditionAction = defineAction(
  "programme:manage",
  z.object({ editionId: id }),
  async (input, { viewer }) => setCurrentEdition(viewer, input.editionId),
);

export const changePhaseAction = defineAction(
  "programme:manage",
  phaseChangeSchema,
  async (input, { viewer }) => changeEditionPhase(viewer, input),
  history,
);
