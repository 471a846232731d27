import "server-only";
import pino from "pino";

/**
 * The server's log: one JSON line per event on standard output (pino), for the host's log
 * collector (journald, Vercel's log drain…). Errors carry their stack under `err`. Personal data
 * stays out: a person appears by id only.
 */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "mentoria-xmess" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});

/** The error's kind and where it was thrown; not its message, which may quote what a person typed. */
export function describe(error: unknown) {
  if (!(error instanceof Error)) return { type: typeof error };
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .slice(0, 12)
    .map((line) => line.trim());
  return { type: error.name, frames };
}
