import fs from "node:fs";
import type { E2eState } from "./e2e-global-setup";
import { dropTestDatabase } from "./test-database";

export default async function globalTeardown() {
  const state = (globalThis as { __xmessE2e?: E2eState }).__xmessE2e;
  if (!state) return;
  if (state.server.pid) {
    try {
      process.kill(-state.server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (state.databaseUrl && process.env.TEST_DATABASE_URL)
    await dropTestDatabase(process.env.TEST_DATABASE_URL, state.databaseUrl);
  if (state.dataDir) fs.rmSync(state.dataDir, { recursive: true, force: true });
}
