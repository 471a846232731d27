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

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PGLITE_DIR: z.string().default(".data/pglite"),
  APP_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET ha de tenir almenys 32 caràcters").optional(),
  // Minutes; decimals allowed (the e2e tests use a few seconds to see a link expire).
  MAGIC_LINK_MAX_AGE_MINUTES: z.coerce.number().positive().max(24 * 60).default(15),
  INVITATION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  SIGN_IN_LIMIT_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  EMAIL_FROM: z.string().default("Mentoria XMESS <mentoria@example.org>"),
  RESEND_API_KEY: z.string().optional(),
  RESEND_API_URL: z.url().default("https://api.resend.com"),
  ENABLE_DEV_MAILBOX: flag,
  EMAIL_INPROCESS_WORKER: z
    .enum(["0", "1"])
    .optional()
    .transform((v) => v !== "0"),
  CRON_SECRET: z.string().min(16).optional(),
  CONTACT_EMAIL: z.email().default("secretaria@example.org"),
  // Closed editions older than this keep their figures but lose their personal free text.
  RETENTION_YEARS: z.coerce.number().int().min(1).max(50).default(5),
  DEMO_SEED: z
    .enum(["0", "1"])
    .optional()
    .transform((v) => v !== "0"),
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
  cached = { ...values, AUTH_SECRET: values.AUTH_SECRET ?? developmentSecret(values) };
  return cached;
}

export function isDevMailboxEnabled(): boolean {
  const e = env();
  return e.NODE_ENV !== "production" || e.ENABLE_DEV_MAILBOX;
}

// A fresh clone runs without configuration: the secret is then created once at random and
// kept beside the embedded database, so sessions survive restarts. A deployment with more
// than one instance must set AUTH_SECRET (README, "Deploy").
function developmentSecret(values: z.infer<typeof schema>): string {
  if (values.NODE_ENV === "production") {
    console.warn("AUTH_SECRET is not set: using a random secret kept in " + path.dirname(values.PGLITE_DIR));
  }
  const file = path.resolve(path.dirname(values.PGLITE_DIR), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
