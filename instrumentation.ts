// Runs once when the server starts: validates the environment, prepares the embedded database
// (migrations and demo data on first start) and starts delivering queued emails.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { assertProductionReady, env } = await import("./lib/env");
  assertProductionReady();
  env();
  const { ensureDatabase } = await import("./lib/db/setup");
  await ensureDatabase();
  const { startInProcessWorker } = await import("./lib/email/worker");
  startInProcessWorker();
}
