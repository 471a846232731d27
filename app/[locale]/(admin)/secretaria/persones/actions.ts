"use server";

import { revalidatePath } from "next/cache";
import { z } from "@/lib/zod";
import { defineAction } from "@/lib/actions/safe-action";
import { decideRegistration, invitePerson, setPersonActive, updatePerson } from "@/lib/people/manage-people";
import { inviteSchema, personUpdateSchema } from "@/lib/people/schema";
import { erasePerson } from "@/lib/privacy/erase";

const id = z.string().min(1).max(40);

export const invitePersonAction = defineAction("people:manage", inviteSchema, async (input, { viewer }) => {
  const result = await invitePerson(viewer, input);
  revalidatePath("/", "layout");
  return result;
});

export const updatePersonAction = defineAction("people:manage", z.object({ personId: id, values: personUpdateSchema }), async (input, { viewer }) => {
  const result = await updatePerson(viewer, input.personId, input.values);
  revalidatePath("/", "layout");
  return result;
});

export const setPersonActiveAction = defineAction("people:manage", z.object({ personId: id, active: z.boolean() }), async (input, { viewer }) => {
  const result = await setPersonActive(viewer, input.personId, input.active);
  revalidatePath("/", "layout");
  return result;
});

export const decideRegistrationAction = defineAction("people:manage", z.object({ personId: id, approve: z.boolean() }), async (input, { viewer }) => {
  const result = await decideRegistration(viewer, input.personId, input.approve);
  revalidatePath("/", "layout");
  return result;
});

export const erasePersonAction = defineAction("people:manage", z.object({ personId: id }), async (input, { viewer }) => {
  const result = await erasePerson(viewer, input.personId);
  revalidatePath("/", "layout");
  return result;
});
