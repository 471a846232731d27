import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import {
  AccessibilityLog,
  baseUrl,
  forcedErrorLogLines,
  launchBrowser,
  linkFrom,
  newContext,
  signIn,
  waitForEmail,
} from "../support/e2e";

jest.setTimeout(120_000);

let browser: Browser;
const a11y = new AccessibilityLog();

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(a11y.violations).toEqual([]);
});

/** Asks for a link and uses it once; resolves to where the person lands. */
async function signInWithOneLink(page: Page, email: string) {
  const since = new Date(Date.now() - 1000);
  await page.goto("/ca/entrar");
  await page.getByLabel("Adreça electrònica").fill(email);
  await page.getByRole("button", { name: "Envia'm l'enllaç" }).click();
  await page.getByText("Reviseu el correu").waitFor();
  await page.goto(linkFrom(await waitForEmail(email, { subject: "Enllaç per entrar", since })));
  await Promise.all([
    page.waitForURL((url) => !url.pathname.includes("/entrar")),
    page.getByRole("button", { name: "Entra a Mentoria XMESS" }).click(),
  ]);
  return new URL(page.url()).pathname;
}

const sessionCookie = async (page: Page) =>
  (await page.context().cookies()).find((c) => c.name.endsWith("authjs.session-token"));

describe("a stale session cookie never locks anyone out", () => {
  it("a person deactivated and reactivated signs in again in the same browser with one link", async () => {
    const person = await (await newContext(browser)).newPage();
    await signIn(person, "joan.marti@example.org");
    const before = await sessionCookie(person);
    expect(before).toBeDefined();

    const secretariat = await (await newContext(browser)).newPage();
    await signIn(secretariat, "secretaria@example.org");
    await secretariat.goto("/ca/secretaria/persones?q=joan.marti");
    await secretariat.getByRole("link", { name: "Joan Martí Prats" }).click();
    await secretariat.getByText("Desactiva", { exact: true }).click();
    await secretariat.getByRole("button", { name: "Sí, desactiva-la" }).click();
    await secretariat.getByRole("button", { name: "Reactiva" }).click();
    await secretariat.getByText("Desactiva", { exact: true }).waitFor();

    // the browser still holds the cookie of the ended session: signing in replaces it
    expect((await sessionCookie(person))?.value).toBe(before!.value);
    expect(await signInWithOneLink(person, "joan.marti@example.org")).toBe("/ca/inici");
    expect((await sessionCookie(person))?.value).not.toBe(before!.value);
    await person.getByRole("heading", { level: 1, name: /Joan Martí Prats/ }).waitFor();
  });

  it("a made-up session cookie is cleared by a signed-in page and does not stop a sign-in", async () => {
    const context = await newContext(browser);
    await context.addCookies([{ name: "authjs.session-token", value: "made-up-token", url: baseUrl() }]);
    const page = await context.newPage();
    await page.goto("/ca/inici");
    await page.waitForURL(/\/ca\/entrar\?next=%2Fca%2Finici/);
    expect(await sessionCookie(page)).toBeUndefined();

    await context.addCookies([{ name: "authjs.session-token", value: "made-up-again", url: baseUrl() }]);
    expect(await signInWithOneLink(page, "marc.pujol@example.org")).toBe("/ca/inici");
    expect((await sessionCookie(page))?.value).not.toBe("made-up-again");
    await a11y.scan(page);
  });

  it("signing out on every device ends the other browser's session too", async () => {
    const first = await (await newContext(browser)).newPage();
    const second = await (await newContext(browser)).newPage();
    await signIn(first, "clara.serra@example.org");
    await signIn(second, "clara.serra@example.org");
    await first.goto("/ca/perfil");
    await a11y.scan(first);
    await first.getByRole("button", { name: "Tanca la sessió a tots els dispositius" }).click();
    await first.waitForURL(/\/ca\/entrar\?sortida=tots/);
    await first.getByText("S'han tancat les sessions a tots els dispositius").waitFor();
    await second.goto("/ca/inici");
    await second.waitForURL(/\/ca\/entrar/);
  });
});

describe("headers and answers", () => {
  it("every page carries its security headers, with a fresh nonce each time", async () => {
    const paths = ["/ca", "/es", "/ca/entrar", "/ca/registre", "/ca/fitxes", "/ca/privacitat", "/ca/no-existeix"];
    const nonces = new Set<string>();
    for (const path of paths) {
      const response = await fetch(baseUrl() + path, { redirect: "manual" });
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(policy).not.toContain("unsafe-eval");
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
        expect(policy).toContain(directive);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("permissions-policy")).toContain("camera=()");
      nonces.add(/nonce-([^']+)/.exec(policy)![1]);
    }
    expect(nonces.size).toBe(paths.length);
    const security = await fetch(`${baseUrl()}/.well-known/security.txt`);
    expect(security.status).toBe(200);
    expect(await security.text()).toMatch(/^Contact: mailto:\S+@\S+$/m);
  });

  it("bad query parameters and addresses are answered without a server error", async () => {
    const answers: Record<string, number> = {};
    for (const path of [
      "/api/fitxes?year=99999999999",
      "/api/fitxes?topic=%00&page=-1&per_page=1e9",
      "/ca/fitxes?topic=%00",
      "/ca/fitxes?year=99999999999&topic=a&topic=b",
      "/ca/fitxes/%00",
      "/ca/entrar/confirmar?token=%00&email=%00",
    ]) {
      answers[path] = (await fetch(baseUrl() + path, { redirect: "manual" })).status;
    }
    expect(answers).toEqual({
      "/api/fitxes?year=99999999999": 200,
      "/api/fitxes?topic=%00&page=-1&per_page=1e9": 200,
      "/ca/fitxes?topic=%00": 200,
      "/ca/fitxes?year=99999999999&topic=a&topic=b": 200,
      "/ca/fitxes/%00": 400,
      "/ca/entrar/confirmar?token=%00&email=%00": 200,
    });
  });

  it("a page a person may not open answers 403, and an export that does not exist 404", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "marta.soler@example.org");
    const response = await page.goto("/ca/secretaria");
    expect(response?.status()).toBe(403);
    await page.getByRole("heading", { level: 1, name: "No hi teniu accés" }).waitFor();
    await a11y.scan(page);

    const secretariat = await (await newContext(browser)).newPage();
    await signIn(secretariat, "secretaria@example.org");
    await secretariat.goto("/ca/secretaria/convocatories");
    const editionHref = await secretariat
      .getByRole("link", { name: /Convocatòria/ })
      .first()
      .getAttribute("href");
    for (const dataset of ["constructor", "__proto__", "toString"]) {
      const answer = await secretariat.request.get(`${editionHref}/exportacions/${dataset}`);
      expect(answer.status()).toBe(404);
    }
  });
});

describe("production start-up", () => {
  it("the production server refuses to start with a missing or unsafe configuration, listing every problem", () => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_DIST_DIR: process.env.E2E_BUILD_DIR ?? ".next-e2e",
      PORT: "0",
      APP_URL: "http://mentoria.example.org",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const run = spawnSync("node", ["server.mjs"], { env, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(1);
    for (const variable of ["AUTH_SECRET", "APP_URL", "DATABASE_URL", "RESEND_API_KEY", "EMAIL_FROM"])
      expect(run.stderr).toContain(variable);
  });
});

describe("errors that can be traced", () => {
  it("a server error leaves one JSON log line whose digest the error page shows, with the person's id and no address", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "marta.soler@example.org");
    const logFile = path.join(os.tmpdir(), `xmess-e2e-server-${new URL(baseUrl()).port}.log`);
    const { status, lines } = await forcedErrorLogLines(page, logFile);
    expect(status).toBe(500);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "error",
      route: "/dev/falla",
      method: "GET",
      personId: expect.any(String),
    });
    expect(JSON.stringify(lines[0])).not.toContain("marta.soler");
    expect(JSON.stringify(lines[0])).not.toContain("Forced error");
  });
});
