import type { Browser } from "playwright-core";
import { AccessibilityLog, baseUrl, launchBrowser, newContext, signIn } from "../support/e2e";

jest.setTimeout(180_000);

let browser: Browser;
const a11y = new AccessibilityLog();

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("scheduled work, email log and reminder preferences", () => {
  it("the cron endpoint needs the bearer secret and then runs the sweep and the delivery", async () => {
    const url = `${baseUrl()}/api/cron/tick`;
    expect((await fetch(url, { method: "POST" })).status).toBe(401);
    expect(
      (await fetch(url, { method: "POST", headers: { Authorization: "Bearer wrong-secret-wrong-secret" } })).status,
    ).toBe(401);
    const ok = await fetch(url, { method: "POST", headers: { Authorization: "Bearer e2e-cron-secret-0123456789" } });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({ sweep: { reminders: expect.any(Number) }, delivery: { sent: expect.any(Number) } });
    const again = await (
      await fetch(url, { method: "POST", headers: { Authorization: "Bearer e2e-cron-secret-0123456789" } })
    ).json();
    expect(again.sweep.reminders).toBe(0);
  });

  it("the secretariat searches the email log and opens a message", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "secretaria@example.org", a11y);
    await page.getByRole("navigation", { name: "Navegació principal" }).getByRole("link", { name: "Correus" }).click();
    await page.waitForURL(/\/secretaria\/correus$/);
    await a11y.scan(page);
    await page.getByLabel("Persona (nom o adreça)").fill("secretaria@example.org");
    await page.getByRole("combobox", { name: "Plantilla" }).selectOption("sign-in-link");
    await page.getByRole("button", { name: "Filtra" }).click();
    await page.waitForURL(/template=sign-in-link/);
    await page.getByRole("link", { name: "Enllaç per entrar a Mentoria XMESS" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Enllaç per entrar a Mentoria XMESS" }).waitFor();
    await page
      .getByRole("definition")
      .filter({ hasText: /^Enviat$/ })
      .waitFor();
    // a delivered sign-in link is no longer in the log
    await page.getByText("no es conserva al registre").first().waitFor();
    await a11y.scan(page);
  });

  it("a person turns reminders off from the profile, and back on", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "marc.pujol@example.org", a11y);
    await page.goto("/ca/perfil");
    await page.getByRole("heading", { level: 2, name: "Recordatoris per correu" }).waitFor();
    await page.getByRole("button", { name: "No vull rebre recordatoris" }).click();
    await page.getByText("Heu desactivat els recordatoris.").waitFor();
    await a11y.scan(page);
    await page.getByRole("button", { name: "Vull rebre recordatoris" }).click();
    await page.getByText("Rebeu recordatoris quan alguna cosa del programa està pendent.").waitFor();
  });

  it("no page visited has a serious or critical accessibility violation", () => {
    expect(a11y.violations).toEqual([]);
  });
});
