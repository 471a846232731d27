// npm run bench — the pages at Catalonia scale, each rendered afresh on every request. Loads the
// scale data set (npm run seed:scale) into SCALE_DATABASE_URL, builds the app into .next-bench,
// starts the production server on that database, signs in the demo secretariat, a mentor (Marta)
// and a mentee (Anna) through the real sign-in page and the local mailbox, then measures every
// listed page with autocannon at 10 concurrent connections and at 1, and each route's first-load
// JavaScript in Chromium. Prints a table, writes bench/results.json, and exits non-zero when a
// budget is missed, naming it.
//
//   BENCH_SECONDS=10       measuring time per page (after a 3-second warm-up)
//   BENCH_REUSE_DATA=1     keep the scale database as it is
//   BENCH_REUSE_BUILD=1    keep .next-bench when it holds a build
process.env.DEMO_SEED = "0";

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { Client } from "pg";
import type { Browser, BrowserContext } from "playwright-core";
import { freePort, waitForHealth } from "@/__tests__/support/e2e-global-setup";
import { pageRoutes, type Role, type RouteIds } from "@/__tests__/support/routes";
import { DEFAULT_SCALE_URL, seedScaleDatabase } from "./seed-scale";

const root = process.cwd();
const distDir = ".next-bench";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
// Budgets (issue 20), against the sign-in page measured in the same run: the lightest page the
// server renders per request (no query, no session).
const BUDGET = { rpsShareOfSignIn: 0.5, p95TimesSignIn: 2, singleP50Ms: 60, firstLoadKb: 180, queries: 10 };

const ACCOUNTS: Record<Exclude<Role, "anonymous">, string> = {
  secretariat: "secretaria@example.org",
  mentor: "marta.soler@example.org",
  mentee: "anna.ferrer@example.org",
};

type Ids = RouteIds;

type Target = { name: string; path: string; role: Role; kind: "listed" | "sign-in" | "server" };

/**
 * The pages the issue lists, in its order; then the sign-in page (the floor for rendered pages:
 * no database query, no session, so it shows what Next.js's per-request rendering costs by
 * itself) and /api/health (the floor for the server).
 */
const LOAD_TARGETS = (ids: Ids): Target[] => {
  const listed: Omit<Target, "kind">[] = [
    { name: "Inici públic", path: "/ca", role: "anonymous" },
    { name: "Catàleg de fitxes", path: "/ca/fitxes", role: "anonymous" },
    { name: "Inici de la persona sol·licitant", path: "/ca/inici", role: "mentee" },
    { name: "Propostes de la persona mentora", path: "/ca/propostes", role: "mentor" },
    { name: "Pàgina d'un acompanyament", path: `/ca/acompanyaments/${ids.mentorship}`, role: "mentor" },
    { name: "Tauler de la secretaria", path: "/ca/secretaria", role: "secretariat" },
    { name: "Tauler de matching", path: `/ca/secretaria/convocatories/${ids.edition}/matching`, role: "secretariat" },
    { name: "Persones", path: "/ca/secretaria/persones", role: "secretariat" },
    { name: "Sol·licituds", path: `/ca/secretaria/convocatories/${ids.edition}/sollicituds`, role: "secretariat" },
    { name: "Registre de correus (50.000)", path: "/ca/secretaria/correus", role: "secretariat" },
  ];
  return [
    ...listed.map((t): Target => ({ ...t, kind: "listed" })),
    { name: "Terra de pàgines: entrada", path: "/ca/entrar", role: "anonymous", kind: "sign-in" },
    { name: "Terra del servidor (/api/health)", path: "/api/health", role: "anonymous", kind: "server" },
  ];
};

async function recordIds(databaseUrl: string): Promise<RouteIds> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string) => {
      const { rows } = await client.query<{ id: string }>(sql);
      if (!rows[0]) throw new Error(`No record for the benchmark: ${sql}`);
      return rows[0].id;
    };
    const marta = `(SELECT id FROM "User" WHERE email = '${ACCOUNTS.mentor}')`;
    // The mentor's most recent completed mentorship: agreement, four meetings, evaluations, fitxa.
    const mentorship = await one(
      `SELECT m.id FROM "Mentorship" m WHERE m."mentorId" = ${marta} AND m.status = 'COMPLETED' ORDER BY m."acceptedAt" DESC LIMIT 1`,
    );
    // A communication for its page; the scale data has none, so the benchmark opens one.
    let communication = (await client.query<{ id: string }>(`SELECT id FROM "Communication" LIMIT 1`)).rows[0]?.id;
    if (!communication) {
      communication = "bench-communication";
      await client.query(
        `INSERT INTO "Communication" (id, "mentorshipId", "senderId", kind, subject, "updatedAt") VALUES ($1, $2, ${marta}, 'OTHER', 'Consulta sobre la fitxa', now())`,
        [communication, mentorship],
      );
      await client.query(
        `INSERT INTO "CommunicationMessage" (id, "communicationId", "authorId", body) VALUES ('bench-message', $1, ${marta}, 'Com puc afegir recursos a la fitxa?')`,
        [communication],
      );
    }
    return {
      mentorship,
      communication,
      edition: await one(`SELECT id FROM "Edition" WHERE "isCurrent"`),
      proposal: await one(`SELECT id FROM "Proposal" WHERE "mentorId" = ${marta} AND status = 'PENDING' LIMIT 1`),
      fitxa: await one(`SELECT r.id FROM "RecordSheet" r WHERE r."mentorshipId" = '${mentorship}'`),
      application: await one(
        `SELECT a.id FROM "Application" a JOIN "Edition" e ON e.id = a."editionId" AND e."isCurrent" ORDER BY a.id LIMIT 1`,
      ),
      offer: await one(
        `SELECT o.id FROM "MentorOffer" o JOIN "Edition" e ON e.id = o."editionId" AND e."isCurrent" ORDER BY o.id LIMIT 1`,
      ),
      email: await one(`SELECT id FROM "EmailMessage" ORDER BY "createdAt" DESC LIMIT 1`),
      municipality: await one(`SELECT id FROM "Municipality" ORDER BY name LIMIT 1`),
      person: await one(`SELECT id FROM "User" WHERE email = '${ACCOUNTS.mentor}'`),
    };
  } finally {
    await client.end();
  }
}

function build() {
  if (process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.join(root, distDir, "BUILD_ID"))) return;
  console.log("Building the app (next build)…");
  const run = spawnSync("npx", ["next", "build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (run.status !== 0) throw new Error("next build failed");
}

async function startServer(databaseUrl: string): Promise<{ server: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    APP_URL: baseUrl,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    ENABLE_DEV_MAILBOX: "1",
    ENABLE_QUERY_PROBE: "1",
    DEMO_SEED: "0",
  };
  delete env.RESEND_API_KEY;
  const server = spawn("node", ["server.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const log = fs.createWriteStream(path.join(os.tmpdir(), "xmess-bench-server.log"));
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  await waitForHealth(baseUrl, 120_000);
  return { server, baseUrl };
}

/** One browser context per role, signed in through the real sign-in page and the mailbox. */
async function signInAll(browser: Browser, baseUrl: string) {
  process.env.E2E_BASE_URL = baseUrl;
  const { newContext, signIn } = await import("@/__tests__/support/e2e");
  const contexts: Partial<Record<Role, BrowserContext>> = { anonymous: await newContext(browser) };
  for (const [role, email] of Object.entries(ACCOUNTS) as [Exclude<Role, "anonymous">, string][]) {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, email);
    await page.close();
    contexts[role] = context;
  }
  return contexts as Record<Role, BrowserContext>;
}

async function cookieHeader(context: BrowserContext) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/**
 * The compressed JavaScript a first visit downloads to show and run the page (its chunks, and
 * what it imports on hydration), in a fresh context with the role's cookies. Not counted: what
 * Next.js prefetches in idle time for the pages the visible links lead to (those requests carry
 * `Next-Router-Prefetch`; they are refused here), as in Next.js's own "First Load JS".
 */
async function firstLoadJs(browser: Browser, context: BrowserContext, baseUrl: string, pathname: string) {
  const fresh = await browser.newContext({
    baseURL: baseUrl,
    locale: "ca-ES",
    timezoneId: "Europe/Madrid",
    storageState: await context.storageState(),
  });
  const page = await fresh.newPage();
  await page.route("**/*", (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue(),
  );
  const scripts: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(request.sizes().then((s) => s.responseBodySize));
  });
  const response = await page.goto(pathname, { waitUntil: "networkidle" });
  const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  const status = response?.status() ?? 0;
  const finalPath = new URL(page.url()).pathname;
  await fresh.close();
  // kB = 1,000 bytes, as Next.js counted first-load JavaScript.
  return { kb: Math.round(bytes / 100) / 10, files: scripts.length, status, finalPath };
}

const PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

type Load = { rps: number; p50: number; p95: number; p99: number; requests: number; non2xx: number; errors: number };

/** What a browser sends when it opens a page. */
function pageHeaders(cookie: string): Record<string, string> {
  return { accept: PAGE_ACCEPT, "sec-fetch-dest": "document", ...(cookie ? { cookie } : {}) };
}

async function load(baseUrl: string, target: Target, cookie: string, connections: number): Promise<Load> {
  const options = { url: baseUrl + target.path, connections, headers: pageHeaders(cookie) };
  await autocannon({ ...options, duration: 3 }); // warm-up: compiled routes, connection pools, caches
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: seconds }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] * 10) / 10;
  return {
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: at(50),
    p95: at(95),
    p99: at(99),
    requests: latencies.length,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * Waits until the server has finished what the last run left in flight (autocannon stops
 * sending at the deadline, the server goes on answering), so one page's backlog is not
 * measured as the next page's latency.
 */
async function settle(baseUrl: string) {
  for (let i = 0; i < 60; i++) {
    const started = performance.now();
    await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
    if (performance.now() - started < 50) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

async function main() {
  const databaseUrl = process.env.SCALE_DATABASE_URL ?? DEFAULT_SCALE_URL;
  let dataset: Record<string, number> | undefined;
  if (process.env.BENCH_REUSE_DATA !== "1") {
    console.log("Loading the scale data set…");
    dataset = await seedScaleDatabase(databaseUrl);
  }
  build();
  const ids = await recordIds(databaseUrl);
  const { launchBrowser } = await import("@/__tests__/support/e2e");
  const browser = await launchBrowser();
  const { server, baseUrl } = await startServer(databaseUrl);
  try {
    const contexts = await signInAll(browser, baseUrl);
    const cookies = Object.fromEntries(
      await Promise.all(
        (Object.keys(contexts) as Role[]).map(async (role) => [role, await cookieHeader(contexts[role])]),
      ),
    ) as Record<Role, string>;

    // Every page must answer 200 for its person (not a sign-in redirect) before it is measured;
    // its database queries are counted on the way (lib/db/query-probe.ts).
    const targets = LOAD_TARGETS(ids);
    const queries: Record<string, number> = {};
    for (const target of targets) {
      if (target.path in queries) continue; // the same page rendered afresh: already counted
      const probe = crypto.randomUUID();
      const response = await fetch(baseUrl + target.path, {
        headers: { cookie: cookies[target.role], accept: PAGE_ACCEPT, "x-query-probe": probe },
        redirect: "manual",
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${target.path} answered ${response.status} for the ${target.role}`);
      queries[target.path] =
        ((await (await fetch(`${baseUrl}/api/dev/query-counts?probe=${probe}`)).json()) as { queries: number | null })
          .queries ?? 0;
    }
    // Public pages may be Next's own static or regenerated pages (x-nextjs-cache); every
    // signed-in page is rendered for each request.
    const served: Record<string, string> = {};
    for (const target of targets) {
      const response = await fetch(baseUrl + target.path, {
        headers: pageHeaders(cookies[target.role]),
        redirect: "manual",
      });
      await response.arrayBuffer();
      const nextCache = response.headers.get("x-nextjs-cache");
      served[target.name] = nextCache ? `${nextCache.toLowerCase()} (Next)` : "rendered";
    }

    console.log(`Measuring ${targets.length} pages, ${seconds} s each at ${CONNECTIONS} connections and at 1…`);
    const measured: (Target & { many: Load; one: Load })[] = [];
    for (const target of targets) {
      const many = await load(baseUrl, target, cookies[target.role], CONNECTIONS);
      await settle(baseUrl);
      const one = await load(baseUrl, target, cookies[target.role], 1);
      await settle(baseUrl);
      measured.push({ ...target, many, one });
      process.stdout.write(".");
    }
    process.stdout.write("\n");
    const signIn = measured.find((r) => r.kind === "sign-in")!;
    const server = measured.find((r) => r.kind === "server")!;
    const pages = measured.map((r) => {
      const missed: string[] = [];
      if (r.kind === "listed") {
        if (r.many.rps < BUDGET.rpsShareOfSignIn * signIn.many.rps)
          missed.push(`req/s ${r.many.rps} < ${BUDGET.rpsShareOfSignIn} × ${signIn.many.rps} (sign-in page)`);
        if (r.many.p95 > BUDGET.p95TimesSignIn * signIn.many.p95)
          missed.push(`p95 ${r.many.p95} ms > ${BUDGET.p95TimesSignIn} × ${signIn.many.p95} ms (sign-in page)`);
        if (r.one.p50 >= BUDGET.singleP50Ms)
          missed.push(`p50 at 1 connection ${r.one.p50} ms ≥ ${BUDGET.singleP50Ms} ms`);
        if (queries[r.path] > BUDGET.queries) missed.push(`${queries[r.path]} queries > ${BUDGET.queries}`);
        if (r.many.non2xx || r.many.errors || r.one.non2xx || r.one.errors) missed.push("errors or non-2xx answers");
      }
      return {
        name: r.name,
        path: r.path,
        role: r.role,
        kind: r.kind,
        served: served[r.name],
        queries: queries[r.path],
        at10: r.many,
        at1: { p50: r.one.p50, p95: r.one.p95, rps: r.one.rps },
        shareOfSignIn: Math.round((r.many.rps / signIn.many.rps) * 100) / 100,
        shareOfServer: Math.round((r.many.rps / server.many.rps) * 100) / 100,
        missed,
      };
    });

    console.log("Measuring first-load JavaScript of every route…");
    const manifest = JSON.parse(
      fs.readFileSync(path.join(root, distDir, "server", "app-paths-manifest.json"), "utf8"),
    ) as Record<string, string>;
    const routeList = pageRoutes(ids);
    const builtRoutes = Object.keys(manifest)
      .filter((r) => r.endsWith("/page"))
      .map((r) => r.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/");
    const unmeasured = builtRoutes.filter((r) => !routeList[r] && !["/_not-found", "/_global-error"].includes(r));
    const firstLoad: {
      route: string;
      path: string;
      kb: number;
      files: number;
      status: number;
      withinBudget: boolean;
    }[] = [];
    for (const [route, { path: pathname, role }] of Object.entries(routeList)) {
      if (!builtRoutes.includes(route)) continue;
      const js = await firstLoadJs(browser, contexts[role], baseUrl, pathname);
      firstLoad.push({
        route,
        path: pathname,
        kb: js.kb,
        files: js.files,
        status: js.status,
        withinBudget: js.kb < BUDGET.firstLoadKb,
      });
    }

    console.log(
      `\nPages at Catalonia scale, rendered afresh (${seconds} s each; budget: ≥ ${BUDGET.rpsShareOfSignIn * 100}% of the sign-in page's req/s and p95 ≤ ${BUDGET.p95TimesSignIn}× its p95 at ${CONNECTIONS} connections, p50 < ${BUDGET.singleP50Ms} ms at 1, ≤ ${BUDGET.queries} queries):`,
    );
    console.table(
      pages.map((r) => ({
        page: r.name,
        "req/s": r.at10.rps,
        p50: r.at10.p50,
        p95: r.at10.p95,
        p99: r.at10.p99,
        "1c p50": r.at1.p50,
        "1c p95": r.at1.p95,
        "× entrada": r.shareOfSignIn,
        "× health": r.shareOfServer,
        queries: r.queries,
        served: r.served,
        ok: r.kind !== "listed" ? "floor" : r.missed.length ? "✗" : "✓",
      })),
    );
    console.log(`First-load JavaScript, compressed, as Chromium downloads it (budget < ${BUDGET.firstLoadKb} kB):`);
    console.table(
      firstLoad.map((r) => ({
        route: r.route,
        kB: r.kb,
        files: r.files,
        status: r.status,
        ok: r.withinBudget ? "✓" : "✗",
      })),
    );
    if (unmeasured.length) console.log(`Routes without a measurement: ${unmeasured.join(", ")}`);

    const results_ = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
      },
      settings: { connections: [CONNECTIONS, 1], secondsPerPage: seconds, warmupSeconds: 3, budget: BUDGET },
      dataset: dataset ?? "reused",
      pages,
      firstLoadJs: firstLoad,
      unmeasuredRoutes: unmeasured,
      allWithinBudget: pages.every((p) => p.missed.length === 0) && firstLoad.every((r) => r.withinBudget),
    };
    fs.mkdirSync(path.join(root, "bench"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results_, null, 2)}\n`);
    for (const page of pages) for (const miss of page.missed) console.log(`✗ ${page.name} (${page.path}): ${miss}`);
    for (const route of firstLoad)
      if (!route.withinBudget)
        console.log(`✗ first-load JavaScript of ${route.route}: ${route.kb} kB ≥ ${BUDGET.firstLoadKb} kB`);
    console.log(
      `\n${results_.allWithinBudget ? "Every page within budget." : "Some budgets are missed (✗ above)."} Written to bench/results.json.`,
    );
    if (!results_.allWithinBudget) process.exitCode = 1;
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
