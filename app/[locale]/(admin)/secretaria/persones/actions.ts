"use server";

import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import {
  clearEmailProblem,
  decideRegistration,
  invitePerson,
  setPersonActive,
  updatePerson,
} from "@/lib/people/manage-people";
import { inviteSchema, personFormSchema } from "@/lib/people/schema";
import { erasePerson } from "@/lib/privacy/erase";

const id = z.string().min(1).max(40);

export const invitePersonAction = defineAction("people:manage", inviteSchema, async (input, { viewer }) =>
  invitePerson(viewer, input),
);

export const updatePersonAction = defineAction("people:manage", personFormSchema, async (input, { viewer }) =>
  updatePerson(viewer, input.personId, input.values),
);

export const setPersonActiveAction = defineAction(
  "people:manage",
  z.object({ personId: id, active: z.boolean() }),
  async (input, { viewer }) => setPersonActive(viewer, input.personId, input.active),
);

export const decideRegistrationAction = defineAction(
  "people:manage",
  z.object({ personId: id, approve: z.boolean() }),
  async (input, { viewer }) => decideRegistration(viewer, input.personId, input.approve),
);

export const erasePersonAction = defineAction("people:manage", z.object({ personId: id }), async (input, { viewer }) =>
  erasePerson(viewer, input.personId),
);

export const clearEmailProblemAction = defineAction(
  "people:manage",
  z.object({ personId: id }),
  async (input, { viewer }) => clearEmailProblem(viewer, input.personId),
);
