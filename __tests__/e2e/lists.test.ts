import { Client } from "pg";
import type { Browser, Page } from "playwright-core";
import { AccessibilityLog, launchBrowser, newContext, signIn } from "../support/e2e";

jest.setTimeout(240_000);

let browser: Browser;
let page: Page;
const a11y = new AccessibilityLog();
const EXTRA = 130;

/** Runs SQL on the e2e database (PostgreSQL runs; the CI's). */
async function sql(query: string) {
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    await db.query(query);
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await signIn(page, "secretaria@example.org", a11y);
  // Enough inactive municipalities for the list to have two pages (100 a page); inactive ones
  // appear in no form, and they go again at the end.
  if (process.env.E2E_DATABASE_URL)
    await sql(`INSERT INTO "Municipality" (id, name, comarca, population, active, "updatedAt")
      SELECT 'sorting-' || n, 'Prova d''ordenació ' || lpad(n::text, 3, '0'), 'Comarca de prova', n * 100, false, now()
      FROM generate_series(1, ${EXTRA}) AS n`);
});

afterAll(async () => {
  if (process.env.E2E_DATABASE_URL) await sql(`DELETE FROM "Municipality" WHERE id LIKE 'sorting-%'`);
  await browser?.close();
  expect(a11y.violations).toEqual([]);
});

const header = (name: string) => page.getByRole("columnheader", { name: new RegExp(`^${name}`) });

/** Sorts by a column by its heading's link; resolves to the column's cells, top to bottom. */
async function sortBy(name: string, direction: "ascending" | "descending") {
  const link = header(name).getByRole("link");
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await page.waitForURL((url) => url.pathname + url.search === href);
  expect(await header(name).getAttribute("aria-sort")).toBe(direction);
  expect(await page.locator("th[aria-sort]").count()).toBe(1);
  return cells(name);
}

async function cells(name: string) {
  const index = await page
    .locator("thead th")
    .evaluateAll((ths, n) => ths.findIndex((th) => th.textContent!.startsWith(n)), name);
  return page.locator(`tbody tr td:nth-child(${index + 1})`).allInnerTexts();
}

const query = () => Object.fromEntries(new URL(page.url()).searchParams);
const number = (text: string) => Number(text.replace(/\D/g, "") || NaN);

describe("the secretariat's lists sort on the server, keeping filters and pages", () => {
  it("people: by address and by name, both ways, within a filter", async () => {
    await page.goto("/ca/secretaria/persones");
    await page.getByRole("combobox", { name: "Estat" }).selectOption({ label: "Actiu" });
    await page.getByRole("button", { name: "Filtra" }).click();
    await page.waitForURL(/status=active/);

    const ascending = await sortBy("Adreça", "ascending");
    expect(query()).toMatchObject({ status: "active", ordre: "adreca" });
    expect(ascending.length).toBeGreaterThan(3);
    const descending = await sortBy("Adreça", "descending");
    expect(query()).toMatchObject({ status: "active", ordre: "-adreca" });
    expect(descending).toEqual([...ascending].reverse());
    await a11y.scan(page);

    const byName = await sortBy("Nom", "ascending");
    expect(byName).not.toEqual(descending);
    expect((await sortBy("Nom", "descending")).reverse()).toEqual(byName);
    expect(query()).toMatchObject({ status: "active", ordre: "-nom" });
    // The filter form keeps the order: filtering again leaves it as it is.
    expect(await page.getByRole("combobox", { name: "Estat" }).inputValue()).toBe("active");
    await page.getByRole("button", { name: "Filtra" }).click();
    await page.waitForURL(/ordre=-nom/);
    expect(await header("Nom").getAttribute("aria-sort")).toBe("descending");
  });

  it("municipalities: by population and by name, both ways, across pages", async () => {
    if (!process.env.E2E_DATABASE_URL) return; // the extra rows need PostgreSQL (the CI's run)
    await page.goto("/ca/secretaria/municipis");
    const largestFirst = (await sortBy("Població", "ascending")) && (await sortBy("Població", "descending"));
    const figures = largestFirst.map(number);
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
    // The next page goes on in the same order, with the order in its address.
    await page.getByRole("link", { name: "Següent »" }).click();
    await page.waitForURL(/pagina=2/);
    expect(query()).toMatchObject({ ordre: "-poblacio", pagina: "2" });
    expect(await header("Població").getAttribute("aria-sort")).toBe("descending");
    const next = (await cells("Població")).map(number);
    expect(next.length).toBeGreaterThan(0);
    expect(next[0]).toBeLessThanOrEqual(figures[figures.length - 1]);
    expect(next).toEqual([...next].sort((a, b) => b - a));
    await a11y.scan(page);

    // A new order starts at the first page.
    const names = await sortBy("Municipi", "ascending");
    expect(query()).toEqual({ ordre: "municipi" });
    expect(names).toContain("Barcelona");
    const reversed = await sortBy("Municipi", "descending");
    expect(reversed[0]).not.toBe(names[0]);
    // A search keeps the order too.
    await page.getByRole("searchbox", { name: /Cerca/ }).fill("Prova d'ordenació");
    await page.getByRole("button", { name: "Filtra" }).click();
    await page.waitForURL(/q=Prova/);
    expect(query()).toMatchObject({ ordre: "-municipi" });
    expect((await cells("Municipi"))[0]).toBe(`Prova d'ordenació ${EXTRA}`);
  });

  it("every other list sorts by two of its columns, both ways", async () => {
    const lists: [string, string, string][] = [
      ["/ca/secretaria/acompanyaments", "Parella", "Finalització"],
      ["/ca/secretaria/comunicacions", "Assumpte", "Darrer moviment"],
      ["/ca/secretaria/correus", "Per a", "Creat"],
      ["/ca/secretaria/fitxes", "Títol", "Enviada"],
      ["/ca/secretaria/registre", "Quan", "Acció"],
    ];
    await page.goto("/ca/secretaria/convocatories");
    await page
      .getByRole("link", { name: /^Convocatòria/ })
      .first()
      .click();
    await page.waitForURL(/\/convocatories\/[a-z0-9]+$/);
    const edition = new URL(page.url()).pathname;
    lists.push(
      [`${edition}/sollicituds`, "Persona", "Enviada"],
      [`${edition}/disponibilitats`, "Capacitat", "Municipi"],
    );
    for (const [path, first, second] of lists) {
      await page.goto(path);
      for (const column of [first, second]) {
        const key = (await header(column).getByRole("link").getAttribute("href"))!.match(/ordre=([^&]+)/)![1];
        await sortBy(column, "ascending");
        expect(query().ordre).toBe(key);
        await sortBy(column, "descending");
        expect(query().ordre).toBe(`-${key}`);
      }
      await a11y.scan(page);
    }
  });

  it("no page is wider than the screen at 1280 and 390 px: wide tables scroll inside their card", async () => {
    const paths = [
      "/ca/secretaria",
      "/ca/secretaria/persones",
      "/ca/secretaria/municipis",
      "/ca/secretaria/acompanyaments",
      "/ca/secretaria/correus",
      "/ca/secretaria/registre",
    ];
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
      for (const path of paths) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ path, width, overflow }).toEqual({ path, width, overflow: 0 });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
