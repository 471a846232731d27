import "server-only";
import { deliverDueEmails } from "./deliver";

// Delivery after commit: callers kick it once their transaction is done. Runs are serialised
// in this process; a kick during a run asks for one more run, so nothing queued is left waiting
// for the periodic worker.
let running: Promise<void> | null = null;
let again = false;

export function kickDelivery(): Promise<void> {
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
        console.error("Email delivery run failed:", error);
      }
    } while (again);
  })().finally(() => {
    running = null;
  });
  return running;
}
