import "server-only";
import { assertPermission } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { reminderSettingsSchema } from "./settings";

export async function saveReminderSettings(actor: Viewer | null, editionId: string, input: unknown) {
  assertPermission(actor, "programme:manage");
  const settings = reminderSettingsSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.edition.updateMany({ where: { id: editionId }, data: { reminderSettings: settings } });
    if (!count) throw notFound();
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "edition.reminders_changed",
      entityType: "Edition",
      entityId: editionId,
      data: settings,
    });
    return settings;
  });
}
