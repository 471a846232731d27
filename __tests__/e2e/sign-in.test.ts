import type { Browser } from "playwright-core";
import {
  AccessibilityLog,
  beforeHydration,
  baseUrl,
  launchBrowser,
  linkFrom,
  mailbox,
  newContext,
  signIn,
  waitForEmail,
  waitForHydration,
} from "../support/e2e";

jest.setTimeout(120_000);

let browser: Browser;
const a11y = new AccessibilityLog();

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function requestLink(page: import("playwright-core").Page, email: string) {
  await page.goto("/ca/entrar");
  await page.getByLabel("Adreça electrònica").fill(email);
  await page.getByRole("button", { name: "Envia'm l'enllaç" }).click();
  await page.getByText("Reviseu el correu").waitFor();
}

describe("sign-in", () => {
  it("the root leads to the Catalan home page", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto("/");
    expect(new URL(page.url()).pathname).toBe("/ca");
    expect(await page.getAttribute("html", "lang")).toBe("ca");
    await page.getByRole("heading", { level: 1, name: /Mentoria entre municipis/ }).waitFor();
    await a11y.scan(page);
    await page.goto("/ca/privacitat");
    await page.getByRole("heading", { level: 1, name: "Avís de privacitat" }).waitFor();
    await a11y.scan(page);
  });

  it("the secretariat signs in through the mailbox, lands on its dashboard and signs out", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "secretaria@example.org", a11y);
    expect(new URL(page.url()).pathname).toBe("/ca/secretaria");
    await page.getByRole("heading", { level: 1, name: "Tauler de la secretaria" }).waitFor();
    await page.getByText("Heu entrat com a Laia Puig i Ferrer").waitFor();

    await page.getByRole("button", { name: "Surt" }).click();
    await page.waitForURL((url) => url.pathname === "/ca");
    // The public home is cached HTML: the header asks the server who is signed in (nobody now).
    await page.getByRole("link", { name: "Entra", exact: true }).waitFor();
    expect(await page.getByText("Heu entrat com a").count()).toBe(0);
    await page.getByRole("link", { name: "Vull rebre mentoria" }).waitFor();
    await a11y.scan(page);
    await page.goto("/ca/secretaria");
    expect(new URL(page.url()).pathname).toBe("/ca/entrar");
  });

  it("a technician lands on their own home and cannot open the secretariat's pages", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "anna.ferrer@example.org", a11y);
    expect(new URL(page.url()).pathname).toBe("/ca/inici");
    await page.getByRole("heading", { level: 1, name: "Hola, Anna Ferrer Bosch" }).waitFor();
    await page.getByText(/Inscripcions del \d+ d/).waitFor();

    await page.goto("/ca/secretaria");
    await page.getByRole("heading", { level: 1, name: "No hi teniu accés" }).waitFor();
    await a11y.scan(page);
  });

  it("a mentor signs in and sees that the secretariat counts them as a mentor", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "marta.soler@example.org", a11y);
    expect(new URL(page.url()).pathname).toBe("/ca/inici");
    await page.getByText("La secretaria us compta com a persona mentora").waitFor();

    // On the cached public home, the header and the call to action still know who she is.
    await page.goto("/ca");
    await page.getByText(/^Heu entrat com a Marta Soler/).waitFor();
    await page
      .getByRole("navigation", { name: "Navegació principal" })
      .getByRole("link", { name: "Propostes" })
      .waitFor();
    expect(await page.getByRole("link", { name: "Vull rebre mentoria" }).count()).toBe(0);
    await page.getByRole("link", { name: "Ves a la vostra pàgina d'inici" }).click();
    await page.waitForURL((url) => url.pathname === "/ca/inici");
  });

  it("opening the link only shows the confirmation page; the button spends it, and a second use fails", async () => {
    const email = "marc.pujol@example.org";
    const page = await (await newContext(browser)).newPage();
    const since = new Date(Date.now() - 1000);
    await requestLink(page, email);
    const link = linkFrom(await waitForEmail(email, { since }));

    // A mail scanner's GET, and the legacy Auth.js GET callback, spend nothing.
    const scanner = await fetch(link);
    expect(scanner.status).toBe(200);
    const url = new URL(link);
    const legacy = await fetch(`${baseUrl()}/api/auth/callback/email${url.search}`, { redirect: "manual" });
    expect(legacy.status).toBe(303);

    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Confirmeu l'entrada" }).waitFor();
    await page.getByRole("button", { name: "Entra a Mentoria XMESS" }).click();
    await page.waitForURL((u) => u.pathname === "/ca/inici");

    const other = await (await newContext(browser)).newPage();
    await other.goto(link);
    await other.getByRole("heading", { level: 1, name: "Aquest enllaç ja no és vàlid" }).waitFor();
    await other.getByText("L'enllaç ja s'ha fet servir o no és correcte").waitFor();
    await a11y.scan(other);
  });

  it("a link used twice at once signs in only once", async () => {
    const email = "clara.serra@example.org";
    const page = await (await newContext(browser)).newPage();
    const since = new Date(Date.now() - 1000);
    await requestLink(page, email);
    const link = new URL(linkFrom(await waitForEmail(email, { since })));
    const post = () =>
      fetch(`${baseUrl()}/api/auth/callback/email${link.search}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl() },
        body: new URLSearchParams({ callbackUrl: "/ca/inici" }),
        redirect: "manual",
      });
    const responses = await Promise.all([post(), post()]);
    const signedIn = responses.filter((r) => (r.headers.get("set-cookie") ?? "").includes("authjs.session-token="));
    expect(signedIn).toHaveLength(1);
  });

  it("a POST from another site is refused", async () => {
    const response = await fetch(`${baseUrl()}/api/auth/callback/email?token=x&email=a%40example.org`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example.com" },
      body: "callbackUrl=%2Fca%2Finici",
      redirect: "manual",
    });
    expect(response.status).toBe(403);
  });

  it("an expired link fails", async () => {
    const email = "joan.marti@example.org";
    const page = await (await newContext(browser)).newPage();
    const since = new Date(Date.now() - 1000);
    await requestLink(page, email);
    const link = linkFrom(await waitForEmail(email, { since }));
    await page.goto(link);
    await page.getByRole("button", { name: "Entra a Mentoria XMESS" }).waitFor();
    // The e2e server's links last 15 seconds (MAGIC_LINK_MAX_AGE_MINUTES=0.25).
    await new Promise((resolve) => setTimeout(resolve, 16_000));
    await page.getByRole("button", { name: "Entra a Mentoria XMESS" }).click();
    await page.waitForURL((u) => u.pathname.endsWith("/entrar/error"));
    await page.getByText("L'enllaç ha caducat o ja s'ha fet servir").waitFor();
    await a11y.scan(page);
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Aquest enllaç ja no és vàlid" }).waitFor();
  });

  it("an unknown address gets the same answer and no email", async () => {
    const email = `ningu-${Date.now()}@example.org`;
    const page = await (await newContext(browser)).newPage();
    await requestLink(page, email);
    const answer = await page.getByRole("status").textContent();
    expect(answer).toContain(`Si l'adreça ${email} correspon a una persona registrada`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await mailbox(email)).toHaveLength(0);
  });

  it("a wrong address gets a Catalan message by the field, and keeps what was typed", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto("/ca/entrar");
    await waitForHydration(page);
    const field = page.getByLabel("Adreça electrònica");
    await field.fill("no-és-una-adreça");
    await page.getByRole("button", { name: "Envia'm l'enllaç" }).click();
    await page.getByText("Escriviu una adreça electrònica vàlida").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await field.inputValue()).toBe("no-és-una-adreça");
    await a11y.scan(page);
  });

  it("in Spanish, a wrong address gets its message in Spanish, from the browser's check and from the server without JavaScript", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await (await newContext(browser, { javaScriptEnabled })).newPage();
      await page.goto("/es/entrar");
      if (javaScriptEnabled) await waitForHydration(page);
      const field = page.getByLabel("Dirección de correo electrónico");
      await field.fill("no-es-una-direccion");
      await page.getByRole("button", { name: "Envíenme el enlace" }).click();
      await page.getByText("Escriba una dirección electrónica válida").waitFor();
      expect(await page.getByText("Escriviu una adreça").count()).toBe(0);
      expect(await field.inputValue()).toBe("no-es-una-direccion");
    }
  });

  it("a sign-in form sent before the page has hydrated still reaches the server action, and no address carries the email", async () => {
    const page = await (await newContext(browser)).newPage();
    const visited = await beforeHydration(page);
    const since = new Date(Date.now() - 1000);
    await page.goto("/ca/entrar", { waitUntil: "domcontentloaded" });
    await page.getByLabel("Adreça electrònica").fill("anna.ferrer@example.org");
    await page.getByRole("button", { name: "Envia'm l'enllaç" }).click();
    await page.getByText("Reviseu el correu").waitFor();
    await waitForEmail("anna.ferrer@example.org", { subject: "Enllaç per entrar", since });
    expect(visited.length).toBeGreaterThan(0);
    for (const url of visited) expect(new URL(url).search).not.toContain("email");
  });

  it("without JavaScript, a person signs in from the form to the mailbox link and its confirmation", async () => {
    const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    await signIn(page, "marc.pujol@example.org", a11y);
    await page.getByRole("heading", { level: 1, name: "Hola, Marc Pujol Riba" }).waitFor();
    expect(page.url()).not.toContain("email=");
  });

  it("the language switcher makes Spanish a signed-in person's language: the pages, the next sign-in email and its landing", async () => {
    const email = "marc.pujol@example.org";
    const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    await signIn(page, email);
    await page.waitForURL((u) => u.pathname === "/ca/inici");
    await page.getByRole("button", { name: "Castellano" }).click();
    await page.waitForURL((u) => u.pathname === "/es/inici");
    expect(await page.getAttribute("html", "lang")).toBe("es");
    await a11y.scan(page);

    // Signing in again from the Catalan page: the email and the landing are in Spanish.
    const js = await (await newContext(browser)).newPage();
    const since = new Date(Date.now() - 1000);
    await js.goto("/ca/entrar");
    await js.getByLabel("Adreça electrònica").fill(email);
    await js.getByRole("button", { name: "Envia'm l'enllaç" }).click();
    await js.getByText("Reviseu el correu").waitFor();
    const mail = await waitForEmail(email, { subject: "Enlace para acceder a Mentoria XMESS", since });
    expect(mail.text).toContain("Abrir la página de acceso");
    await js.goto(linkFrom(mail));
    await js.getByRole("button", { name: "Entra a Mentoria XMESS" }).click();
    await js.waitForURL((u) => u.pathname === "/es/inici");

    // And back to Catalan, with JavaScript on.
    await waitForHydration(js, "header form");
    await js.getByRole("button", { name: "Català" }).click();
    await js.waitForURL((u) => u.pathname === "/ca/inici");
    expect(await js.getAttribute("html", "lang")).toBe("ca");
    await js.goto("/ca/perfil");
    expect(await js.getByLabel("Llengua").inputValue()).toBe("ca");
  });

  it("a signed-out visit to a private page returns there after signing in", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto("/es/secretaria");
    expect(page.url()).toContain("/es/entrar?next=%2Fes%2Fsecretaria");
    expect(await page.getAttribute("html", "lang")).toBe("es");
    await a11y.scan(page);
    const since = new Date(Date.now() - 1000);
    await page.getByLabel("Dirección de correo electrónico").fill("secretaria@example.org");
    await page.getByRole("button", { name: "Envíenme el enlace" }).click();
    await page.getByText("Revise el correo").waitFor();
    const link = linkFrom(await waitForEmail("secretaria@example.org", { since }));
    expect(new URL(link).pathname).toBe("/es/entrar/confirmar");
    await page.goto(link);
    await page.getByRole("button", { name: "Entrar en Mentoría XMESS" }).click();
    await page.waitForURL((u) => u.pathname === "/es/secretaria");
    await page.getByRole("heading", { level: 1, name: "Panel de la secretaría" }).waitFor();
    await a11y.scan(page);
  });

  it("the language switcher moves between Catalan and Spanish on the same page", async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto("/ca/privacitat");
    await page.getByRole("link", { name: "Castellano" }).click();
    await page.waitForURL((u) => u.pathname === "/es/privacitat");
    expect(await page.getAttribute("html", "lang")).toBe("es");
    await page.getByRole("heading", { level: 1, name: "Aviso de privacidad" }).waitFor();
    await a11y.scan(page);
  });

  it("the health check reports the database, its migrations, the outbox's backlog and the last sweep", async () => {
    const health = async () => {
      const response = await fetch(`${baseUrl()}/api/health`);
      expect(response.status).toBe(200);
      return response.json();
    };
    // A sweep runs (the cron's tick): it is not overdue, and the backlog is what is left to send.
    const tick = await fetch(`${baseUrl()}/api/cron/tick`, {
      method: "POST",
      headers: { Authorization: "Bearer e2e-cron-secret-0123456789" },
    });
    expect(tick.status).toBe(200);
    const body = await health();
    expect(body).toEqual({
      status: "ok",
      database: process.env.TEST_DATABASE_URL ? "postgresql" : "pglite",
      migrations: "up-to-date",
      outbox: { pending: expect.any(Number), oldestPendingSeconds: body.outbox.pending ? expect.any(Number) : null },
      sweep: { lastRunAt: expect.any(String), overdue: false },
      sending: { held: null, until: null },
    });
    expect(Date.now() - new Date(body.sweep.lastRunAt).getTime()).toBeLessThan(60_000);
  });

  it("no page visited has a serious or critical accessibility violation", () => {
    expect(a11y.violations).toEqual([]);
  });
});
