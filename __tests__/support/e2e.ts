import fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

// Helpers for the e2e tests: Debian's Chromium driven by playwright-core, the local mailbox
// read through /api/dev/mailbox, and an axe scan of every page a journey visits.

export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run the e2e tests through jest (npm test)");
  return url;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Every Content-Security-Policy violation Chromium reported on any page of this test file. */
export const cspViolations: { page: string; message: string }[] = [];

/** Contexts opened with JavaScript off: axe runs there with timers of its own (the page's do not fire). */
const withoutJavaScript = new WeakSet<BrowserContext>();

export async function newContext(
  browser: Browser,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: "ca-ES",
    timezoneId: "Europe/Madrid",
    ...options,
  });
  if (options.javaScriptEnabled === false) withoutJavaScript.add(context);
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy"))
      cspViolations.push({ page: message.page()?.url() ?? "", message: message.text() });
  });
  return context;
}

/**
 * Holds back the page's JavaScript for `ms`, so what the test does next happens before the page
 * has hydrated (a person on a slow connection). Returns the main frame's addresses visited, to
 * check that no form was ever sent as a GET.
 */
export async function beforeHydration(page: Page, ms = 2_000): Promise<string[]> {
  const urls: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) urls.push(frame.url());
  });
  await page.route(/\/_next\/static\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => undefined);
  });
  return urls;
}

export type Email = { to: string; subject: string; text: string; html: string; createdAt: string };

export async function mailbox(to: string): Promise<Email[]> {
  const response = await fetch(`${baseUrl()}/api/dev/mailbox?${new URLSearchParams({ to })}`);
  if (!response.ok) throw new Error(`mailbox answered ${response.status}`);
  return response.json();
}

/**
 * Waits for an email to `to` (newer than `since`, and none of `seen`: the texts of emails already
 * in the mailbox) whose subject contains `subject`.
 */
export async function waitForEmail(
  to: string,
  { subject, since, seen }: { subject?: string; since?: Date; seen?: Set<string> } = {},
): Promise<Email> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const found = (await mailbox(to)).find(
      (email) =>
        (!subject || email.subject.includes(subject)) &&
        (!since || new Date(email.createdAt) >= since) &&
        !seen?.has(email.text),
    );
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email to ${to}${subject ? ` about "${subject}"` : ""} arrived`);
}

export function linkFrom(email: Email, pattern = /https?:\/\/\S+\/entrar\/confirmar\?\S+/): string {
  const match = email.text.match(pattern);
  if (!match) throw new Error(`No link in the email "${email.subject}"`);
  return match[0];
}

const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type Violation = { page: string; id: string; impact: string; help: string; targets: string[] };

/** Collects serious and critical axe violations of every page scanned. */
export class AccessibilityLog {
  readonly violations: Violation[] = [];

  async scan(page: Page) {
    // A page that goes on to another (a redirect after streaming) is scanned where it lands.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.scanOnce(page);
      } catch (error) {
        if (attempt === 3 || !String(error).includes("Execution context was destroyed")) throw error;
        await page.waitForLoadState("load");
      }
    }
  }

  private async scanOnce(page: Page) {
    await page.waitForLoadState("domcontentloaded");
    // Evaluated through the DevTools protocol: the pages' CSP allows no injected <script>.
    await page.evaluate(axeSource);
    const results = await page.evaluate(async (noTimers) => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
      const original = window.setTimeout;
      // With JavaScript off the page's timers never fire, and axe waits on them: run them as microtasks.
      if (noTimers) {
        window.setTimeout = ((callback: () => void) => {
          void Promise.resolve().then(callback);
          return 0;
        }) as unknown as typeof window.setTimeout;
      }
      try {
        return await axe.run(document, { resultTypes: ["violations"] });
      } finally {
        window.setTimeout = original;
      }
    }, withoutJavaScript.has(page.context()));
    const { violations } = results as {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    };
    for (const v of violations) {
      if (v.impact === "serious" || v.impact === "critical") {
        this.violations.push({
          page: page.url(),
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(" ")),
        });
      }
    }
  }
}

/**
 * Waits until React has hydrated the page's first form (React sets its props on the element):
 * a click on a light page can otherwise land before the submit handler is attached, and the
 * browser then submits the form natively.
 */
export async function waitForHydration(page: Page, selector = "form") {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return element !== null && Object.keys(element).some((key) => key.startsWith("__reactProps$"));
  }, selector);
}

/** Signs a person in through the real UI and the mailbox; returns the page where they land. */
export async function signIn(page: Page, email: string, a11y?: AccessibilityLog) {
  const since = new Date(Date.now() - 1000);
  // A sign-in a moment ago (another browser of the same person) left its own link in the mailbox.
  const seen = new Set((await mailbox(email)).map((m) => m.text));
  await page.goto("/ca/entrar");
  await a11y?.scan(page);
  await page.getByLabel("Adreça electrònica").fill(email);
  await page.getByRole("button", { name: "Envia'm l'enllaç" }).click();
  await page.getByText("Reviseu el correu").waitFor();
  await a11y?.scan(page);
  const link = linkFrom(await waitForEmail(email, { subject: "Enllaç per entrar", since, seen }));
  await page.goto(link);
  await a11y?.scan(page);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.includes("/entrar/")),
    page.getByRole("button", { name: "Entra a Mentoria XMESS" }).click(),
  ]);
  await a11y?.scan(page);
}

/**
 * Opens /dev/falla (a forced server error) and waits for the server log's JSON lines about it:
 * the `request_error` lines whose digest is the reference the error page shows.
 */
export async function forcedErrorLogLines(page: Page, logFile: string) {
  const before = fs.readFileSync(logFile, "utf8").length;
  const response = await page.goto("/dev/falla");
  const reference = await page.getByText(/Codi de referència: \S+\./).innerText();
  const digest = /Codi de referència: (\S+)\./.exec(reference)![1];
  let lines: Record<string, unknown>[] = [];
  for (let i = 0; i < 120 && !lines.length; i++) {
    if (i) await new Promise((resolve) => setTimeout(resolve, 250));
    lines = fs
      .readFileSync(logFile, "utf8")
      .slice(before)
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.event === "request_error" && entry.digest === digest);
  }
  return { status: response?.status(), lines };
}
