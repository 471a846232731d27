import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Edition } from "@/lib/generated/prisma/client";
import { subjectFor, type QueuedReminder } from "@/lib/email/registry";
import type { ReminderSettings } from "./settings";

export type Recipient = {
  id: string;
  email: string;
  name: string | null;
  locale: "ca" | "es";
  remindersOptOut: boolean;
  deactivatedAt: Date | null;
};

export type SweepContext = {
  db: PrismaClient;
  now: Date;
  today: Date;
  edition: Edition;
  settings: ReminderSettings;
  secretariat: Recipient[];
};

export const recipientSelect = {
  id: true,
  email: true,
  name: true,
  locale: true,
  remindersOptOut: true,
  deactivatedAt: true,
} as const;

/** Whole calendar days from `from` to `to` (both calendar days at 00:00 UTC). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

/**
 * A reminder to a person, unless they turned reminders off or are no longer active. Only what
 * the template needs is stored; the words (in the person's language then), links and the
 * unsubscribe headers are added when it is sent. The subject is the one in their language now.
 */
export function reminder(
  to: Recipient,
  r: Omit<QueuedReminder, "to" | "toUserId" | "props" | "subject"> & {
    path: string;
    props: Record<string, unknown>;
    /** The subject in the person's language when the caller already has it (the sweep, per kind). */
    subject?: string;
  },
): QueuedReminder | null {
  if (to.remindersOptOut || to.deactivatedAt) return null;
  return {
    dedupeKey: r.dedupeKey,
    template: r.template,
    subject: r.subject ?? subjectFor(r.template, r.props, to.locale),
    to: to.email,
    toUserId: to.id,
    props: { name: to.name ?? to.email, path: r.path, locale: to.locale, ...r.props } as QueuedReminder["props"],
  };
}
