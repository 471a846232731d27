import "server-only";
import { assertSignedIn } from "@/lib/auth/assert";
import type { Viewer } from "@/lib/auth/viewer";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { prisma } from "@/lib/db/client";
import { verifyUnsubscribeToken } from "@/lib/email/unsubscribe";
import type { Locale } from "@/lib/i18n/locales";

/** From a signed link in a reminder: turns reminders off (or on) for that person. */
export async function setRemindersOptOut(token: string, optOut: boolean) {
  const userId = verifyUnsubscribeToken(token);
  if (!userId) return false;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, erasedAt: null },
      data: { remindersOptOut: optOut },
    });
    if (count)
      await recordAuditEvent(tx, {
        actorId: userId,
        action: optOut ? "reminders.turned_off" : "reminders.turned_on",
        entityType: "User",
        entityId: userId,
      });
    return count > 0;
  });
}

/** From the profile. Transactional emails are not affected. */
export async function saveMyReminderPreference(actor: Viewer | null, optOut: boolean) {
  assertSignedIn(actor);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { remindersOptOut: optOut } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: optOut ? "reminders.turned_off" : "reminders.turned_on",
      entityType: "User",
      entityId: actor.id,
    });
    return { optOut };
  });
}

/** From the language switcher: the language of the person's pages and emails. */
export async function saveMyLanguage(actor: Viewer | null, locale: Locale) {
  assertSignedIn(actor);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "profile.language_changed",
      entityType: "User",
      entityId: actor.id,
      data: { locale },
    });
    return { locale };
  });
}
