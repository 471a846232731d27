import type { Browser, BrowserContext, Page } from "playwright-core";
import { baseUrl, launchBrowser, newContext, signIn } from "../support/e2e";

// Signed-in pages are served again from memory (lib/page-cache) only to the person they were
// rendered for, only while their session is live, and never after any data has changed.
jest.setTimeout(180_000);

const LAURA = { email: "laura.costa@example.org", name: "Laura Costa Puig", position: "Tècnica de promoció econòmica" };
const JOAN = { email: "joan.marti@example.org", name: "Joan Martí Prats" };

let browser: Browser;
const contexts: BrowserContext[] = [];

async function signedIn(email: string): Promise<{ page: Page; cookie: string }> {
  const context = await newContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  return { page, cookie };
}

function get(path: string, cookie: string, headers: Record<string, string> = {}) {
  return fetch(baseUrl() + path, { headers: { cookie, accept: "text/html", ...headers }, redirect: "manual" });
}

/** Two requests in a row, the second one served from memory (retried if a minute turned between them). */
async function twice(path: string, cookie: string) {
  for (let attempt = 0; ; attempt++) {
    const first = await get(path, cookie);
    const second = await get(path, cookie);
    if (second.headers.get("x-page-cache") === "hit" || attempt === 2) return { first, second };
  }
}

async function savePosition(page: Page, position: string) {
  await page.goto("/ca/perfil");
  await page.getByLabel("Càrrec o lloc de treball").fill(position);
  await page.getByRole("button", { name: "Desa el perfil" }).click();
  await page.getByText("S'ha desat el perfil.").waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe("signed-in pages served again from memory", () => {
  it("serves a page again to the same person, and renders it afresh once anything changes", async () => {
    const laura = await signedIn(LAURA.email);
    const joan = await signedIn(JOAN.email);

    const { first, second } = await twice("/ca/perfil", laura.cookie);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(second.headers.get("content-type")).toMatch(/^text\/html/);
    expect(second.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    const kept = await second.text();
    expect(kept).toBe(await first.text());
    expect(kept).toContain(`Heu entrat com a ${LAURA.name}`);

    // Another person at the same address gets their own page.
    const other = await get("/ca/perfil", joan.cookie);
    expect(other.status).toBe(200);
    const otherHtml = await other.text();
    expect(otherHtml).toContain(`Heu entrat com a ${JOAN.name}`);
    expect(otherHtml).not.toContain(LAURA.name);

    // A change saved through the form: the next request renders the page again and shows it,
    // in a plain request and in the browser.
    const changed = `${LAURA.position} (economia social)`;
    await savePosition(laura.page, changed);
    const after = await get("/ca/perfil", laura.cookie);
    expect(after.headers.get("x-page-cache")).toBe("miss");
    await laura.page.reload();
    await expect(laura.page.getByLabel("Càrrec o lloc de treball").inputValue()).resolves.toBe(changed);

    // Someone else's change moves everyone's pages on, too: Joan's page is rendered again.
    await twice("/ca/perfil", joan.cookie);
    await savePosition(laura.page, LAURA.position);
    expect((await get("/ca/perfil", joan.cookie)).headers.get("x-page-cache")).toBe("miss");
    await laura.page.reload();
    await expect(laura.page.getByLabel("Càrrec o lloc de treball").inputValue()).resolves.toBe(LAURA.position);
  });

  it("stops serving a kept page as soon as its session ends", async () => {
    const laura = await signedIn(LAURA.email);
    const { second } = await twice("/ca/perfil", laura.cookie);
    expect(second.headers.get("x-page-cache")).toBe("hit");

    await laura.page.goto("/ca/perfil");
    await Promise.all([laura.page.waitForURL((url) => !url.pathname.endsWith("/perfil")), laura.page.getByRole("button", { name: "Surt" }).click()]);

    // The old cookie no longer opens the page, from memory or otherwise.
    const after = await get("/ca/perfil", laura.cookie);
    expect(after.status).toBeGreaterThanOrEqual(300);
    expect(after.status).toBeLessThan(400);
    expect(after.headers.get("location")).toContain("/ca/entrar");
    expect(after.headers.get("x-page-cache")).toBeNull();
  });

  it("sends a page's redirect on as the page gave it", async () => {
    // The technicians' home sends the secretariat to its own, from the page itself.
    const { cookie } = await signedIn("secretaria@example.org");
    for (let i = 0; i < 2; i++) {
      const response = await get("/ca/inici", cookie);
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get("location") ?? "", baseUrl()).href).toBe(`${baseUrl()}/ca/secretaria`);
    }
  });

  it("keeps nothing for the router's requests, and a forged render header gets no further than a sign-in", async () => {
    const laura = await signedIn(LAURA.email);
    // What the router sends from a page (fetch() always carries Sec-Fetch-Dest: empty).
    await twice("/ca/perfil", laura.cookie);
    // (Next answers it with a redirect that adds its cache-busting _rsc parameter, then the payload.)
    const navigation = await fetch(`${baseUrl()}/ca/perfil`, { headers: { cookie: laura.cookie, rsc: "1", accept: "*/*", "sec-fetch-dest": "empty" } });
    expect(navigation.status).toBe(200);
    expect(navigation.headers.get("x-page-cache")).toBeNull();
    expect(navigation.headers.get("content-type")).toMatch(/text\/x-component/);

    for (const cookie of ["", "authjs.session-token=forged"]) {
      const forged = await get("/ca/perfil", cookie, { "x-page-cache-render": "1" });
      expect(forged.status).toBeGreaterThanOrEqual(300);
      expect(forged.status).toBeLessThan(400);
      expect(forged.headers.get("location")).toContain("/ca/entrar");
    }
  });
});
