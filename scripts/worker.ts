// npm run worker — the long-running delivery worker and scheduled sweep, for hosts with a
// process of their own. Safe to run several at once: messages are claimed with
// FOR UPDATE SKIP LOCKED and reminders have unique keys.
import { closeDatabase } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/setup";
import { deliverDueEmails } from "@/lib/email/deliver";
import { assertProductionReady } from "@/lib/env";
import { describe, log } from "@/lib/log";
import { runSweep } from "@/lib/reminders/sweep";

const DELIVERY_EVERY_MS = Number(process.env.WORKER_DELIVERY_SECONDS ?? 10) * 1000;
const SWEEP_EVERY_MS = Number(process.env.WORKER_SWEEP_MINUTES ?? 10) * 60_000;

let stopping = false;
process.on("SIGTERM", () => (stopping = true));
process.on("SIGINT", () => (stopping = true));

async function main() {
  assertProductionReady();
  await ensureDatabase();
  let nextSweep = 0;
  log.info(
    { event: "worker_started", deliverySeconds: DELIVERY_EVERY_MS / 1000, sweepMinutes: SWEEP_EVERY_MS / 60_000 },
    "worker started",
  );
  while (!stopping) {
    try {
      if (Date.now() >= nextSweep) {
        const report = await runSweep();
        log.info({ event: "sweep", ...report }, "sweep done");
        nextSweep = Date.now() + SWEEP_EVERY_MS;
      }
      const delivery = await deliverDueEmails();
      if (delivery.sent || delivery.retried || delivery.failed || delivery.held)
        log.info({ event: "delivery", ...delivery }, "emails delivered");
    } catch (error) {
      log.error({ event: "worker_run_failed", error: describe(error) }, "worker run failed");
    }
    await new Promise((resolve) => setTimeout(resolve, DELIVERY_EVERY_MS));
  }
  log.info({ event: "worker_stopped" }, "worker stopped");
}

main().finally(closeDatabase);
