import "server-only";
import { env } from "@/lib/env";
import { describe, log } from "@/lib/log";
import { deliverDueEmails } from "./deliver";

// Delivery after commit: callers kick it once their transaction is done. Runs are serialised
// in this process; a kick during a run asks for one more run, so nothing queued is left waiting
// for the periodic worker.
let running: Promise<void> | null = null;
let again = false;

export function kickDelivery(): Promise<void> {
  // EMAIL_INPROCESS_WORKER=0: this web process sends nothing; the worker or the cron does.
  if (!env().EMAIL_INPROCESS_WORKER) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      try {
        await deliverDueEmails();
      } catch (error) {
        log.error({ event: "email_delivery_failed", error: describe(error) }, "email delivery run failed");
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}
