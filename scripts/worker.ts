// npm run worker — the long-running delivery worker and scheduled sweep, for hosts with a
// process of their own. Safe to run several at once: messages are claimed with
// FOR UPDATE SKIP LOCKED and reminders have unique keys.
import { closeDatabase } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/setup";
import { deliverDueEmails } from "@/lib/email/deliver";
import { assertProductionReady } from "@/lib/env";
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
  console.log(
    "Worker started: delivery every %ds, sweep every %d min.",
    DELIVERY_EVERY_MS / 1000,
    SWEEP_EVERY_MS / 60_000,
  );
  while (!stopping) {
    try {
      if (Date.now() >= nextSweep) {
        const report = await runSweep();
        console.log("Sweep:", JSON.stringify(report));
        nextSweep = Date.now() + SWEEP_EVERY_MS;
      }
      const delivery = await deliverDueEmails();
      if (delivery.sent || delivery.retried || delivery.failed) console.log("Delivery:", JSON.stringify(delivery));
    } catch (error) {
      console.error("Worker run failed:", error);
    }
    await new Promise((resolve) => setTimeout(resolve, DELIVERY_EVERY_MS));
  }
  console.log("Worker stopped.");
}

main().finally(closeDatabase);
