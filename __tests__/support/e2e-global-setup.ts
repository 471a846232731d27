import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "./test-database";

// Builds the app (into .next-e2e, so a developer's .next is left alone) and starts the
// production server on a free port, on a fresh database: PostgreSQL when TEST_DATABASE_URL is
// set, otherwise an embedded PGlite in a temporary directory. E2E_REUSE_BUILD=1 skips the build
// when one exists (quick local reruns; CI points E2E_BUILD_DIR at the build it just made).
const root = process.cwd();
const distDir = process.env.E2E_BUILD_DIR ?? ".next-e2e";

export type E2eState = { server: ChildProcess; databaseUrl?: string; dataDir?: string };

export default async function globalSetup() {
  if (!(process.env.E2E_REUSE_BUILD === "1" && fs.existsSync(path.join(root, distDir, "BUILD_ID")))) {
    const build = spawnSync("npx", ["next", "build"], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
    if (build.status !== 0) throw new Error("next build failed for the e2e tests");
  }

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: baseUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    ENABLE_DEV_MAILBOX: "1",
    ENABLE_QUERY_PROBE: "1",
    MAGIC_LINK_MAX_AGE_MINUTES: "0.25",
    SIGN_IN_LIMIT_PER_ADDRESS: "100",
    SIGN_IN_LIMIT_PER_CLIENT: "10000",
    DEMO_SEED: "1",
    CRON_SECRET: "e2e-cron-secret-0123456789",
  };
  delete serverEnv.RESEND_API_KEY;
  const state: E2eState = { server: undefined as unknown as ChildProcess };

  if (process.env.TEST_DATABASE_URL) {
    state.databaseUrl = await createTestDatabase(process.env.TEST_DATABASE_URL, "xmess_e2e");
    serverEnv.DATABASE_URL = state.databaseUrl;
    for (const script of ["db:migrate", "db:seed"]) {
      const run = spawnSync("npm", ["run", "--silent", script], { cwd: root, env: serverEnv, stdio: "inherit" });
      if (run.status !== 0) throw new Error(`npm run ${script} failed for the e2e database`);
    }
  } else {
    delete serverEnv.DATABASE_URL;
    state.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "xmess-e2e-"));
    serverEnv.PGLITE_DIR = path.join(state.dataDir, "pglite");
  }

  const log = fs.createWriteStream(path.join(os.tmpdir(), `xmess-e2e-server-${port}.log`));
  state.server = spawn("node", ["server.mjs"], {
    cwd: root,
    env: serverEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  state.server.stdout?.pipe(log);
  state.server.stderr?.pipe(log);
  (globalThis as { __xmessE2e?: E2eState }).__xmessE2e = state;

  await waitForHealth(baseUrl, 120_000);
  process.env.E2E_BASE_URL = baseUrl;
  // With PostgreSQL the tests may read the server's database to check what pages show.
  if (state.databaseUrl) process.env.E2E_DATABASE_URL = state.databaseUrl;
}

export async function waitForHealth(baseUrl: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
      last = await response.text();
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The e2e server did not become healthy: ${last}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
