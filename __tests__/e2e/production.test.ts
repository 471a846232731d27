import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { freePort, waitForHealth } from "../support/e2e-global-setup";
import { forcedErrorLogLines, launchBrowser } from "../support/e2e";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";

// The production recipe, run: the production build on PostgreSQL, the web server without its
// in-process delivery (EMAIL_INPROCESS_WORKER=0) and `npm run worker` as a process of its own,
// sending through the resend SDK to a local stand-in for Resend's API.

jest.setTimeout(240_000);

const root = process.cwd();
const base = process.env.TEST_DATABASE_URL;
type Sent = { to: string[]; subject: string; text: string; reply_to?: string | string[] };

let browser: Browser;
let server: ChildProcess | undefined;
let worker: ChildProcess | undefined;
let databaseUrl: string | undefined;
let appUrl = "";
let serverLog = "";
const sent: Sent[] = [];
const batches: number[] = [];
let env: NodeJS.ProcessEnv = { ...process.env };

const standIn = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    if (req.headers.authorization !== "Bearer re_production_test") return res.writeHead(401).end();
    // One email (POST /emails) or a fan-out's batch (POST /emails/batch, an array).
    const parsed = JSON.parse(body);
    const emails: Sent[] = Array.isArray(parsed) ? parsed : [parsed];
    const ids = emails.map((email) => ({ id: `re_${sent.push(email)}` }));
    batches.push(emails.length);
    res
      .writeHead(200, { "Content-Type": "application/json" })
      .end(JSON.stringify(Array.isArray(parsed) ? { data: ids } : ids[0]));
  });
});

function start(command: string, args: string[], logFile: string) {
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const log = fs.createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

function stop(child: ChildProcess | undefined) {
  if (child?.pid) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

async function health() {
  return (await (await fetch(`${appUrl}/api/health`)).json()) as {
    status: string;
    outbox: { pending: number; oldestPendingSeconds: number | null };
  };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const received = (to: string, subject: string) => sent.find((m) => m.to.includes(to) && m.subject.includes(subject));

beforeAll(async () => {
  if (!base) return;
  const resendUrl = await new Promise<string>((resolve) =>
    standIn.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(standIn.address() as AddressInfo).port}`)),
  );
  const port = await freePort();
  appUrl = `http://localhost:${port}`;
  databaseUrl = await createTestDatabase(base, "xmess_prod");
  env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: process.env.E2E_BUILD_DIR ?? ".next-e2e",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: appUrl,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    RESEND_API_KEY: "re_production_test",
    RESEND_API_URL: resendUrl,
    EMAIL_FROM: "Mentoria XMESS <mentoria@example.org>",
    CONTACT_EMAIL: "secretaria@example.org",
    EMAIL_MAX_PER_SECOND: "20",
    EMAIL_INPROCESS_WORKER: "0",
    WORKER_DELIVERY_SECONDS: "1",
    // Only for /dev/falla, the forced error below; emails go to Resend's stand-in all the same.
    ENABLE_DEV_MAILBOX: "1",
    DEMO_SEED: "1",
    LOG_LEVEL: "info",
  };
  delete env.PGLITE_DIR;
  for (const script of ["db:migrate", "db:seed"]) {
    const run = spawnSync("npm", ["run", "--silent", script], { cwd: root, env, stdio: "inherit" });
    if (run.status !== 0) throw new Error(`npm run ${script} failed`);
  }
  serverLog = path.join(os.tmpdir(), `xmess-production-server-${port}.log`);
  server = start("node", ["server.mjs"], serverLog);
  await waitForHealth(appUrl, 120_000);
  browser = await launchBrowser();
});

afterAll(async () => {
  stop(worker);
  stop(server);
  await browser?.close();
  await new Promise<void>((resolve) => standIn.close(() => resolve()));
  if (base && databaseUrl) await dropTestDatabase(base, databaseUrl);
});

(base ? describe : describe.skip)("the production recipe: web server, worker and Resend", () => {
  let page: Page;

  it("a sign-in email waits in the outbox until the worker starts, then it reaches Resend and the link signs in", async () => {
    page = await (await browser.newContext({ baseURL: appUrl })).newPage();
    await page.goto("/ca/entrar");
    await page.getByLabel("Adreça electrònica").fill("secretaria@example.org");
    await page.getByRole("button", { name: "Envia'm l'enllaç" }).click();
    await page.getByText("Reviseu el correu").waitFor();

    // Nothing delivers yet: the backlog shows on the health check.
    const waiting = await health();
    expect(waiting.outbox.pending).toBeGreaterThanOrEqual(1);
    expect(sent).toHaveLength(0);

    worker = start("npm", ["run", "--silent", "worker"], path.join(os.tmpdir(), `xmess-production-worker.log`));
    const email = await waitFor("the sign-in email at Resend", () =>
      received("secretaria@example.org", "Enllaç per entrar"),
    );
    expect([email.reply_to].flat()).toEqual(["secretaria@example.org"]);
    await waitFor("the outbox to drain", async () => ((await health()).outbox.pending === 0 ? true : undefined));
    // The worker ran the sweep too: nothing is overdue.
    expect((await health()).status).toBe("ok");

    const link = /https?:\/\/\S+\/entrar\/confirmar\?\S+/.exec(email.text)![0];
    await page.goto(link);
    await Promise.all([
      page.waitForURL((url) => !url.pathname.includes("/entrar")),
      page.getByRole("button", { name: "Entra a Mentoria XMESS" }).click(),
    ]);
    expect(new URL(page.url()).pathname).toBe("/ca/secretaria");
  });

  it("a phase change's emails go out through the worker", async () => {
    await page.goto("/ca/secretaria/convocatories/nova");
    await page.getByRole("button", { name: "Crea la convocatòria" }).click();
    await page.waitForURL((u) => /\/convocatories\/[a-z0-9]+$/.test(u.pathname) && !u.pathname.endsWith("/nova"));
    const editionPath = new URL(page.url()).pathname;
    await page.getByRole("button", { name: "Marca-la com a convocatòria en curs" }).click();
    await page.getByText(/Fase actual: Preparació · convocatòria en curs/).waitFor();
    await page.getByRole("link", { name: "Passa a «Inscripcions»" }).click();
    await page.waitForURL(/fase\?a=APPLICATIONS/);
    const acknowledge = page.getByLabel("He llegit els avisos i vull canviar de fase igualment.");
    if (await acknowledge.count()) await acknowledge.check();
    const before = sent.length;
    await page.getByRole("button", { name: "Confirma el pas a «Inscripcions»" }).click();
    await page.waitForURL((u) => u.pathname === editionPath);
    await waitFor("the phase change's emails at Resend", () =>
      received("anna.ferrer@example.org", "S'obren les inscripcions") &&
      received("marta.soler@example.org", "Confirmeu la vostra disponibilitat")
        ? true
        : undefined,
    );
    await waitFor("the outbox to drain", async () => ((await health()).outbox.pending === 0 ? true : undefined));
    expect(sent.length - before).toBeGreaterThanOrEqual(10);
    // The fan-out went in batches (one template to many), not one request per person.
    expect(Math.max(...batches)).toBeGreaterThan(1);
    // Each message once (the idempotency key and the claims): no address got the same subject twice.
    expect(new Set(sent.map((m) => `${m.to.join()}|${m.subject}`)).size).toBe(sent.length);
  });

  it("a forced server error leaves one JSON log line whose digest the error page shows", async () => {
    const { status, lines } = await forcedErrorLogLines(page, serverLog);
    expect(status).toBe(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "error",
      route: "/dev/falla",
      method: "GET",
      personId: expect.any(String),
    });
  });
});
