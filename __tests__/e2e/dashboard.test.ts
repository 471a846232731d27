import readXlsxFile from "read-excel-file/node";
import { parseCsv } from "@/lib/csv";
import { Client } from "pg";
import type { Browser, Page } from "playwright-core";
import { AccessibilityLog, launchBrowser, newContext, signIn } from "../support/e2e";

jest.setTimeout(240_000);

let browser: Browser;
let page: Page;
const a11y = new AccessibilityLog();

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await signIn(page, "secretaria@example.org", a11y);
});

afterAll(async () => {
  await browser?.close();
});

/** The figures of the current edition, read from the database (PostgreSQL runs) or from the exports. */
async function expected(editionPath: string) {
  if (process.env.E2E_DATABASE_URL) {
    const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    try {
      const one = async (sql: string) => Number((await db.query(sql)).rows[0].n);
      const edition = `(SELECT id FROM "Edition" WHERE "isCurrent" = true)`;
      return {
        submitted: await one(
          `SELECT COUNT(*) AS n FROM "Application" WHERE "editionId" = ${edition} AND status = 'SUBMITTED'`,
        ),
        mentors: await one(
          `SELECT COUNT(*) AS n FROM "MentorOffer" WHERE "editionId" = ${edition} AND status = 'ACTIVE'`,
        ),
        capacity: await one(
          `SELECT COALESCE(SUM(capacity), 0) AS n FROM "MentorOffer" WHERE "editionId" = ${edition} AND status = 'ACTIVE'`,
        ),
      };
    } finally {
      await db.end();
    }
  }
  const csv = (await (await page.request.get(`${editionPath}/exportacions/sollicituds?format=csv`)).body()).toString(
    "utf8",
  );
  const offers = (
    await (await page.request.get(`${editionPath}/exportacions/disponibilitats?format=csv`)).body()
  ).toString("utf8");
  const offerRows = offers
    .trim()
    .split("\r\n")
    .slice(1)
    .filter((l) => l.includes(";Activa;"));
  return {
    submitted: csv
      .trim()
      .split("\r\n")
      .slice(1)
      .filter((l) => l.includes(";Enviada;")).length,
    mentors: offerRows.length,
    capacity: offerRows.reduce((n, l) => n + Number(l.split(";")[7]), 0),
  };
}

const figure = (label: string) => page.locator(`dd[data-figure="${label}"]`).textContent();

const DATE_HEADERS =
  /^(Enviada|Confirmada|Proposada|Resposta|Termini de resposta|Acceptació|Inici|Primer contacte|Finalització|Data i hora|Data)$/;
const NUMBER_HEADERS =
  /^(Habitants|Puntuació|Capacitat|Utilitat|Relació|Objectius assolits|Organització|Trobades comptades)$/;

async function readSheet(body: Buffer): Promise<unknown[][]> {
  const [{ data }] = (await readXlsxFile(body)) as unknown as { data: unknown[][] }[];
  return data;
}

describe("the secretariat's dashboard, exports and audit log", () => {
  it("shows the current edition's figures as in the database, and its links lead to the records", async () => {
    await page.goto("/ca/secretaria");
    await page.getByRole("heading", { level: 1, name: "Tauler de la secretaria" }).waitFor();
    await a11y.scan(page);
    const editionPath = new URL(
      await page
        .getByRole("link", { name: /^Convocatòria \d{4}-\d{4}$/ })
        .first()
        .evaluate((a) => (a as HTMLAnchorElement).href),
    ).pathname;
    const want = await expected(editionPath);
    expect(Number(await figure("Sol·licituds enviades"))).toBe(want.submitted);
    expect(Number(await figure("Persones mentores disponibles"))).toBe(want.mentors);
    expect(Number(await figure("Places de mentoria"))).toBe(want.capacity);
    expect(want.submitted).toBeGreaterThan(0);

    // every chart is a table: a row per category, with its value beside the bar
    const comarques = page.getByRole("table", { name: "Sol·licituds enviades per comarca" });
    await comarques.getByRole("rowheader", { name: "Garrotxa" }).waitFor();
    expect(await comarques.getByRole("row").count()).toBeGreaterThan(1);
    expect(
      Number(
        await comarques
          .getByRole("row", { name: /^Garrotxa/ })
          .getByRole("cell")
          .textContent(),
      ),
    ).toBeGreaterThan(0);
    await a11y.scan(page);

    await page.getByRole("link", { name: "Sol·licituds enviades" }).click();
    await page.waitForURL(/\/sollicituds\?status=SUBMITTED/);
    await page.getByText(want.submitted === 1 ? "1 sol·licitud" : `${want.submitted} sol·licituds`).waitFor();
    await a11y.scan(page);
  });

  it("exports open with the right rows, in CSV and XLSX", async () => {
    await page.goto("/ca/secretaria");
    await page
      .getByRole("link", { name: /^Convocatòria \d{4}-\d{4}$/ })
      .first()
      .click();
    await page.getByRole("link", { name: "Exportacions" }).click();
    await page.getByRole("heading", { level: 1, name: "Exportacions" }).waitFor();
    await a11y.scan(page);
    const editionPath = new URL(page.url()).pathname.replace(/\/exportacions$/, "");
    const want = await expected(editionPath);

    const csv = await page.request.get(`${editionPath}/exportacions/sollicituds?format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = (await csv.body()).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split("\r\n").slice(1);
    expect(lines.filter((l) => l.includes(";Enviada;"))).toHaveLength(want.submitted);

    const xlsx = await page.request.get(`${editionPath}/exportacions/disponibilitats?format=xlsx`);
    expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const offers = await readSheet(await xlsx.body());
    expect(offers[0]).toContain("Persona mentora");
    expect(offers.length - 1).toBeGreaterThanOrEqual(want.mentors);

    // Every export of this edition and of last year's (which has a mentorship), read back by an
    // independent XLSX reader and as CSV: dates are dates, numbers numbers, no enum value shows.
    await page.goto("/ca/secretaria/convocatories");
    const editions = await page
      .getByRole("link", { name: /^Convocatòria \d{4}-\d{4}$/ })
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    let rowsSeen = 0;
    for (const edition of editions) {
      for (const dataset of [
        "sollicituds",
        "disponibilitats",
        "propostes",
        "acompanyaments",
        "trobades",
        "valoracions",
      ]) {
        const sheet = await readSheet(
          await (await page.request.get(`${edition}/exportacions/${dataset}?format=xlsx`)).body(),
        );
        const csvRows = parseCsv(
          (await (await page.request.get(`${edition}/exportacions/${dataset}?format=csv`)).body()).toString("utf8"),
        ).filter((row) => row.some(Boolean));
        expect(csvRows[0]).toEqual(sheet[0]);
        expect(csvRows.length).toBe(sheet.length);
        for (const [r, row] of sheet.slice(1).entries()) {
          rowsSeen++;
          row.forEach((value, c) => {
            const header = String(sheet[0][c]);
            const text = csvRows[r + 1][c];
            if (value === null) return expect(text).toBe("");
            expect(typeof value === "string" ? value : "").not.toMatch(/^[A-Z]+(_[A-Z]+)*$/);
            if (DATE_HEADERS.test(header)) {
              expect(value).toBeInstanceOf(Date);
              expect(text).toMatch(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/);
            }
            if (NUMBER_HEADERS.test(header)) {
              expect(typeof value).toBe("number");
              expect(text).toMatch(/^-?\d+(,\d+)?$/);
            }
          });
        }
      }
    }
    expect(rowsSeen).toBeGreaterThan(0);
  });

  it("the edition report and the audit log open", async () => {
    await page.goto("/ca/secretaria");
    await page.getByRole("link", { name: "Informe de la convocatòria" }).click();
    await page.getByRole("heading", { level: 1, name: /^Informe: / }).waitFor();
    await a11y.scan(page);
    await page.getByRole("navigation", { name: "Navegació principal" }).getByRole("link", { name: "Registre" }).click();
    await page.getByRole("heading", { level: 1, name: "Registre d'accions" }).waitFor();
    await page.getByLabel("Acció").fill("auth.signed_in");
    await page.getByRole("button", { name: "Filtra" }).click();
    await page.waitForURL(/action=auth.signed_in/);
    await page.getByRole("cell", { name: "auth.signed_in" }).first().waitFor();
    await a11y.scan(page);
  });

  it("a person downloads their own data from the profile", async () => {
    const person = await (await newContext(browser)).newPage();
    await signIn(person, "clara.serra@example.org", a11y);
    await person.goto("/ca/perfil");
    await person.getByRole("heading", { level: 2, name: "Les vostres dades" }).waitFor();
    const response = await person.request.get("/ca/perfil/dades");
    expect(response.headers()["content-disposition"]).toContain("les-meves-dades-mentoria-xmess.json");
    const data = await response.json();
    expect(data.person.email).toBe("clara.serra@example.org");
    expect(JSON.stringify(data)).not.toContain("anna.ferrer@example.org");
  });

  it("no page visited has a serious or critical accessibility violation", () => {
    expect(a11y.violations).toEqual([]);
  });
});
