import type { Browser, Page } from "playwright-core";
import { AccessibilityLog, launchBrowser, mailbox, newContext, signIn, waitForEmail } from "../support/e2e";

jest.setTimeout(300_000);

let browser: Browser;
const a11y = new AccessibilityLog();
const MENTORS = ["marta.soler@example.org", "jordi.vidal@example.org", "nuria.camps@example.org"];
const MENTEES = {
  "anna.ferrer@example.org": "Anna Ferrer Bosch",
  "marc.pujol@example.org": "Marc Pujol Riba",
  "clara.serra@example.org": "Clara Serra Mas",
};

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The link to the proposal in the mentor's email. */
async function proposalLink(email: string) {
  const mail = await waitForEmail(email, { subject: "Proposta de mentoria" });
  const match = mail.text.match(/https?:\/\/\S+\/propostes\/[a-z0-9]+/);
  if (!match) throw new Error("no proposal link");
  return { link: match[0], municipality: mail.subject.replace("Proposta de mentoria: acompanyar ", "") };
}

describe("matching journey", () => {
  let secretariat: Page;
  let boardPath: string;

  it("the secretariat moves the demo edition to matching, runs 'suggest all' and sends the proposals", async () => {
    secretariat = await (await newContext(browser)).newPage();
    await signIn(secretariat, "secretaria@example.org", a11y);
    await secretariat.goto("/ca/secretaria/convocatories");
    await secretariat.getByRole("link", { name: /^Convocatòria 2026-2027$/ }).click();
    await secretariat.waitForURL(
      (u) => /\/convocatories\/[a-z0-9]+$/.test(u.pathname) && !u.pathname.endsWith("/nova"),
    );
    const editionPath = new URL(secretariat.url()).pathname;
    await secretariat.getByRole("link", { name: "Passa a «Matching»" }).click();
    await secretariat.getByText("Aquest canvi de fase no envia cap correu.").waitFor();
    // The demo's applications are still open: the change warns, with the closing date, and needs an acknowledgement.
    await secretariat
      .getByText(/^Les inscripcions estan obertes fins al .*En passar al matching ja no es podran enviar sol·licituds/)
      .waitFor();
    await a11y.scan(secretariat);
    await secretariat.getByRole("button", { name: "Confirma el pas a «Matching»" }).click();
    await secretariat.getByText("Confirmeu que voleu canviar de fase tot i els avisos.").waitFor();
    await secretariat.getByLabel("He llegit els avisos i vull canviar de fase igualment.").check();
    await secretariat.getByRole("button", { name: "Confirma el pas a «Matching»" }).click();
    await secretariat.getByText("Fase actual: Matching").waitFor();
    await secretariat.getByRole("link", { name: "Tauler de matching" }).click();
    await secretariat.waitForURL(/\/matching$/);
    boardPath = new URL(secretariat.url()).pathname;
    expect(boardPath).toBe(`${editionPath}/matching`);
    await secretariat.getByRole("heading", { level: 2, name: "Sol·licituds sense persona mentora (3)" }).waitFor();
    await secretariat.getByText("És la 1a persona mentora preferida de la sol·licitud.").first().waitFor();
    await a11y.scan(secretariat);

    await secretariat.getByRole("button", { name: "Suggereix-ho tot" }).click();
    await secretariat.getByRole("heading", { level: 2, name: "Esborrany suggerit" }).waitFor();
    await secretariat.getByText(/^3 parelles, puntuació total/).waitFor();
    await a11y.scan(secretariat);
    await secretariat
      .getByLabel("Missatge personal per a les persones mentores (opcional)")
      .fill("Gràcies per la vostra disponibilitat!");
    await secretariat.getByRole("button", { name: "Envia les propostes seleccionades (3)" }).click();
    await secretariat.getByText("S'han enviat 3 propostes.").waitFor();
    await secretariat.getByRole("heading", { level: 2, name: "Sol·licituds sense persona mentora (0)" }).waitFor();
    await a11y.scan(secretariat);
    for (const mentor of MENTORS) {
      const mail = await waitForEmail(mentor, { subject: "Proposta de mentoria" });
      expect(mail.text).toContain("Gràcies per la vostra disponibilitat!");
    }

    // The dashboard's attention list shows the pending proposals; its link opens them on the board.
    await secretariat.goto("/ca/secretaria");
    const attention = secretariat.getByRole("link", {
      name: /^Propostes pendents de resposta de la persona mentora: 3$/,
    });
    await attention.click();
    await secretariat.waitForURL((u) => u.pathname === boardPath && u.hash === "#proposals-heading");
    await secretariat.getByRole("heading", { level: 2, name: /^Propostes/ }).waitFor();
  });

  let declinedMunicipality = "";
  let acceptedMenteeEmail = "";
  let acceptingMentor = "";

  it("one mentor declines, with no blame, and another accepts", async () => {
    const decliner = "nuria.camps@example.org";
    acceptingMentor = "jordi.vidal@example.org";

    // Both answer with JavaScript off: the forms post to the server actions as plain HTML forms.
    const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    await signIn(page, decliner, a11y);
    await page.getByText(/Teniu 1 proposta de mentoria pendent de resposta/).waitFor();
    await page
      .getByRole("navigation", { name: "Navegació principal" })
      .getByRole("link", { name: "Propostes" })
      .click();
    await page.waitForURL(/\/ca\/propostes$/);
    await a11y.scan(page);
    const declined = await proposalLink(decliner);
    declinedMunicipality = declined.municipality;
    await page.goto(declined.link);
    await page.getByRole("heading", { level: 1, name: `Proposta: ${declined.municipality}` }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Necessitats" }).waitFor();
    expect(await page.getByText("@example.org").count()).toBe(0); // no contact before accepting
    await a11y.scan(page);
    await page.getByText("No la puc acceptar", { exact: true }).click();
    await page.getByText("Declinar no té cap conseqüència").waitFor();
    await page.getByLabel("Motiu (opcional)").fill("Aquests mesos no tinc prou temps.");
    await a11y.scan(page);
    await page.getByRole("button", { name: "Declina la proposta" }).click();
    await page.getByText("Heu declinat la proposta. Gràcies per respondre").waitFor();

    const mentor = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    await signIn(mentor, acceptingMentor, a11y);
    const accepted = await proposalLink(acceptingMentor);
    await mentor.goto(accepted.link);
    await a11y.scan(mentor);
    await mentor.getByText("Accepto la proposta", { exact: true }).click();
    await mentor.getByRole("button", { name: "Sí, accepto la proposta" }).click();
    await mentor.getByText("Heu acceptat la proposta.").waitFor();
    await mentor.goto(accepted.link);
    await mentor.getByRole("heading", { level: 2, name: "Contacte de la persona sol·licitant" }).waitFor();
    await a11y.scan(mentor);
    const contact = await mentor.getByRole("link", { name: /@example\.org$/ }).textContent();
    acceptedMenteeEmail = contact!.trim();
    expect(Object.keys(MENTEES)).toContain(acceptedMenteeEmail);
  });

  it("the mentee sees their mentor's contact, and gets it by email", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, acceptedMenteeEmail, a11y);
    // The home lists the person's mentorships, whichever edition is the current one.
    await page.getByText(/^Us acompanya Jordi Vidal Casas/).waitFor();
    await page.getByRole("link", { name: acceptingMentor }).first().waitFor();
    await a11y.scan(page);
    const mail = await waitForEmail(acceptedMenteeEmail, { subject: "Ja teniu persona mentora" });
    expect(mail.text).toContain(acceptingMentor);
    expect(mail.text).toContain("dues trobades presencials");
  });

  it("the declined application is back on the board and the secretariat was told", async () => {
    await secretariat.goto(boardPath);
    await secretariat.getByRole("heading", { level: 2, name: "Sol·licituds sense persona mentora (1)" }).waitFor();
    await secretariat.getByRole("heading", { level: 3, name: new RegExp(declinedMunicipality) }).waitFor();
    await a11y.scan(secretariat);
    const told = await mailbox("secretaria@example.org");
    expect(told.map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Proposta declinada: Núria Camps Oliver/),
        expect.stringMatching(/^Proposta acceptada: Jordi Vidal Casas/),
      ]),
    );
    const csv = (await (await secretariat.request.get(`${boardPath}/parelles`)).body()).toString("utf8");
    expect(csv).toContain("Acceptada");
    expect(csv).toContain("Declinada");
    expect(csv).toContain("Proposta pendent");
  });

  it("the secretariat proposes one ranked mentor from the board, with JavaScript off", async () => {
    // Each application's ranked mentors share one form; the button pressed says which mentor.
    const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
    await signIn(page, "secretaria@example.org", a11y);
    await page.goto(boardPath);
    const since = new Date();
    await page.getByRole("button", { name: /^Proposa Marta Soler Vila per a / }).click();
    // The application leaves the list: the board opens at its proposals, with the notice.
    await page.getByText("S'ha enviat la proposta. La persona mentora rep un correu per respondre-la.").waitFor();
    expect(new URL(page.url()).hash).toBe("#proposals-heading");
    await page.getByRole("heading", { level: 2, name: "Sol·licituds sense persona mentora (0)" }).waitFor();
    await page
      .getByRole("row", { name: /Marta Soler Vila Pendent de resposta/ })
      .first()
      .waitFor();
    await a11y.scan(page);
    const mail = await waitForEmail("marta.soler@example.org", { subject: "Proposta de mentoria", since });
    expect(mail.text).toContain(declinedMunicipality);
  });

  it("the secretariat withdraws that proposal and proposes the mentor again, with JavaScript on", async () => {
    await secretariat.goto(boardPath);
    // The newest proposal comes first.
    const row = secretariat.getByRole("row", { name: /Marta Soler Vila Pendent de resposta/ }).first();
    await row.getByText("Retira", { exact: true }).click();
    await row.getByRole("button", { name: /^Retira la proposta de Marta Soler Vila per a / }).click();
    await secretariat.getByRole("heading", { level: 2, name: "Sol·licituds sense persona mentora (1)" }).waitFor();
    const since = new Date();
    await secretariat.getByRole("button", { name: /^Proposa Marta Soler Vila per a / }).click();
    await secretariat
      .getByText("S'ha enviat la proposta. La persona mentora rep un correu per respondre-la.")
      .waitFor();
    await secretariat.getByRole("heading", { level: 2, name: "Sol·licituds sense persona mentora (0)" }).waitFor();
    await waitForEmail("marta.soler@example.org", { subject: "Proposta de mentoria", since });
  });

  it("the mailbox holds every email of the journey", async () => {
    for (const mentor of MENTORS)
      expect((await mailbox(mentor)).some((m) => m.subject.startsWith("Proposta de mentoria"))).toBe(true);
    expect((await mailbox(acceptedMenteeEmail)).some((m) => m.subject === "Ja teniu persona mentora")).toBe(true);
  });

  it("no page visited has a serious or critical accessibility violation", () => {
    expect(a11y.violations).toEqual([]);
  });
});
