// Runs before `npm test`: the e2e tests drive Debian's Chromium (playwright-core never downloads
// a browser). When it is missing and we may install packages, it comes from Debian's registry.
import { execSync } from "node:child_process";
import fs from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (fs.existsSync(path)) process.exit(0);

const canInstall = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
if (!canInstall) {
  console.error(`Chromium was not found at ${path}. Install it with: sudo apt-get install -y chromium`);
  console.error("(or set CHROMIUM_PATH to a Chromium or Chrome binary)");
  process.exit(1);
}
console.log("Installing Chromium from Debian's packages for the end-to-end tests…");
execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
