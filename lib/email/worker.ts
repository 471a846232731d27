import "server-only";
import { env } from "@/lib/env";
import { kickDelivery } from "./kick";

const INTERVAL_MS = 15_000;
const globalForWorker = globalThis as unknown as { __xmessEmailWorker?: NodeJS.Timeout };

/**
 * Retries and stragglers: a long-running server delivers due emails every 15 seconds. Hosts
 * without a long-running process use the scheduled endpoint instead (README, "Deploy").
 */
export function startInProcessWorker() {
  if (!env().EMAIL_INPROCESS_WORKER || globalForWorker.__xmessEmailWorker) return;
  globalForWorker.__xmessEmailWorker = setInterval(() => void kickDelivery(), INTERVAL_MS);
  globalForWorker.__xmessEmailWorker.unref();
  void kickDelivery();
}
