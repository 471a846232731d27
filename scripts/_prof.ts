import { performance } from "node:perf_hooks";
import { closeDatabase, prisma } from "@/lib/db/client";
import { madridDay } from "@/lib/dates";
import { dueReminders } from "@/lib/reminders/rules";
import { editionReminderSettings } from "@/lib/reminders/settings";
import { recipientSelect } from "@/lib/reminders/context";
import { queueReminders } from "@/lib/email/registry";

async function main() {
  const now = new Date();
  const edition = (await prisma.edition.findFirst({ where: { phase: "MENTORING", name: { startsWith: "bench" } }, orderBy: { createdAt: "desc" } }))!;
  const secretariat = await prisma.user.findMany({ where: { role: "SECRETARIAT" }, select: recipientSelect });
  let t = performance.now();
  const q = await prisma.mentorship.findMany({ where: { editionId: edition.id }, select: { id: true, mentor: { select: recipientSelect }, mentee: { select: recipientSelect }, meetings: { select: { status: true } }, agreement: { select: { status: true } } } });
  console.log("query", q.length, (performance.now() - t).toFixed(0));
  t = performance.now();
  const due = await dueReminders({ db: prisma, now, today: madridDay(now), edition, settings: editionReminderSettings(null), secretariat });
  console.log("dueReminders", due.length, (performance.now() - t).toFixed(0));
  t = performance.now();
  let n = 0;
  for (let i = 0; i < due.length; i += 2000) n += await queueReminders(prisma, due.slice(i, i + 2000));
  console.log("queue", n, (performance.now() - t).toFixed(0));
}
main().finally(closeDatabase);
