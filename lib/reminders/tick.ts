import "server-only";
import { deliverDueEmails } from "@/lib/email/deliver";
import { runSweep } from "./sweep";

/** One scheduled run: the sweep, then delivery of everything due (the sweep's reminders included). */
export async function tick(now = new Date()) {
  const sweep = await runSweep({ now });
  const delivery = await deliverDueEmails();
  return { sweep, delivery };
}
