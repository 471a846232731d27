import "server-only";
import { assertProductionReady, env } from "./env";

/** The environment's checks at start-up: a server that is not ready stops here, listing every problem. */
export function checkEnvironmentOrExit() {
  try {
    assertProductionReady();
    env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
