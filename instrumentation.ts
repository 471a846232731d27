import type { Instrumentation } from "next";

// Runs once when the server starts: checks the environment (a production server that is not
// ready stops here, listing every problem), prepares the embedded database (migrations and demo
// data on first start) and starts delivering queued emails.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvironmentOrExit } = await import("./lib/startup");
  checkEnvironmentOrExit();
  const { ensureDatabase } = await import("./lib/db/setup");
  await ensureDatabase();
  const { startInProcessWorker } = await import("./lib/email/worker");
  startInProcessWorker();
}

/** Every server error leaves one JSON log line whose digest the error page shows (lib/request-error.ts). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/request-error");
  await logRequestError(error, request, context);
};
