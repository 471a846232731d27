import "server-only";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "@/lib/zod";

// Every environment variable the app reads is declared and validated here (listed in
// .env.example). Imported once at start-up by instrumentation.ts, so a bad value stops the
// server with a readable message instead of failing later.

const flag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** A switch that is on unless set to 0. */
const onUnlessZero = z
  .enum(["0", "1"])
  .optional()
  .transform((v) => v !== "0");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  // 0 = send every query unnamed, for a pooler that cannot keep a connection's prepared
  // statements (PgBouncer in transaction mode before 1.21, or without max_prepared_statements).
  DATABASE_PREPARED_STATEMENTS: onUnlessZero,
  APP_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET ha de tenir almenys 32 caràcters").optional(),
  // Minutes; decimals allowed (the e2e tests use a few seconds to see a link expire).
  MAGIC_LINK_MAX_AGE_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  INVITATION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  // A session unused for this long ends, before its lifetime (SESSION_MAX_AGE_DAYS) is over.
  SESSION_IDLE_DAYS: z.coerce.number().min(0.001).max(90).default(14),
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  SIGN_IN_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  // Sign-in and registration emails per hour, all addresses together (lib/auth/sign-in-limits.ts).
  SIGN_IN_EMAILS_PER_HOUR: z.coerce.number().int().min(1).default(200),
  // Reverse proxies in front of the app that append the client's address to X-Forwarded-For
  // (server.mjs): 0 = the connection's own address is the client's.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  EMAIL_FROM: z.string().default("Mentoria XMESS <mentoria@example.org>"),
  RESEND_API_KEY: z.string().optional(),
  RESEND_API_URL: z.url().default("https://api.resend.com"),
  // Resend's default limit is a few requests a second: sends are paced to this.
  // Resend's webhook signing secret (whsec_…): bounces and complaints reach /api/webhooks/resend.
  RESEND_WEBHOOK_SECRET: z.string().optional(),
  EMAIL_MAX_PER_SECOND: z.coerce.number().positive().max(100).default(2),
  ENABLE_DEV_MAILBOX: flag,
  EMAIL_INPROCESS_WORKER: onUnlessZero,
  CRON_SECRET: z.string().min(16).optional(),
  // /api/health reports "degraded" when the sweep has not run for this long (the worker or the
  // cron runs it every few minutes).
  SWEEP_OVERDUE_MINUTES: z.coerce.number().int().min(1).default(30),
  CONTACT_EMAIL: z.email().default("secretaria@example.org"),
  // Messages a person may send to the secretariat (communications and follow-ups) in 24 hours.
  COMMUNICATIONS_PER_DAY: z.coerce.number().int().min(1).max(100).default(5),
  // Closed editions older than this keep their figures but lose their personal free text.
  RETENTION_YEARS: z.coerce.number().int().min(1).max(50).default(5),
  DEMO_SEED: onUnlessZero,
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  const values = parsed.data;
  cached = { ...values, AUTH_SECRET: values.AUTH_SECRET ?? developmentSecret() };
  return cached;
}

export function isDevMailboxEnabled(): boolean {
  const e = env();
  return e.NODE_ENV !== "production" || e.ENABLE_DEV_MAILBOX;
}

/**
 * What keeps a production server from starting, all at once (called by instrumentation.ts and
 * the worker before anything else). A local production build (APP_URL on localhost) may run on
 * the embedded database and the local mailbox, as the e2e tests and the bench do.
 */
export function productionProblems(raw: NodeJS.ProcessEnv = process.env): string[] {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const values = parsed.data;
  if (values.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  const url = new URL(values.APP_URL);
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  const mailbox = values.ENABLE_DEV_MAILBOX;
  if (!values.AUTH_SECRET) problems.push("AUTH_SECRET is not set (at least 32 characters: openssl rand -base64 32).");
  if (url.protocol !== "https:" && !local)
    problems.push(`APP_URL must be an https:// address (it is ${values.APP_URL}).`);
  if (!values.DATABASE_URL && !raw.PGLITE_DIR)
    problems.push("DATABASE_URL is not set (or set PGLITE_DIR to run on the embedded database on purpose).");
  if (!mailbox && !values.RESEND_API_KEY)
    problems.push("RESEND_API_KEY is not set (or ENABLE_DEV_MAILBOX=1 on a local address).");
  if (!mailbox && !raw.EMAIL_FROM) problems.push("EMAIL_FROM is not set (a sender on a domain verified in Resend).");
  if (mailbox && !local)
    problems.push(
      `ENABLE_DEV_MAILBOX is on while APP_URL (${values.APP_URL}) is not a localhost address: emails would stay on the server.`,
    );
  return problems;
}

/** Stops a production server that is not ready, listing every problem (see productionProblems). */
export function assertProductionReady() {
  const problems = productionProblems();
  if (problems.length)
    throw new Error(`The server cannot start in production:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
}

// A fresh clone runs without configuration: the secret is then created once at random and
// kept in .data/ (ignored by git), so sessions survive restarts. Production requires
// AUTH_SECRET (productionProblems).
function developmentSecret(): string {
  const file = path.resolve(".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
