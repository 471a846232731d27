import type { Browser, Page } from "playwright-core";
import { addDays, addMonths, isoDay, madridDay } from "@/lib/dates";
import {
  AccessibilityLog,
  beforeHydration,
  launchBrowser,
  linkFrom,
  mailbox,
  newContext,
  signIn,
  waitForEmail,
} from "../support/e2e";

jest.setTimeout(300_000);

let browser: Browser;
const a11y = new AccessibilityLog();

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const newTechnician = `nova.tecnica.${Date.now()}@olot.cat`;
const scriptless = `tecnic.sense.script.${Date.now()}@ajgirona.cat`;
const year = 2027;

async function visit(page: Page, path: string) {
  await page.goto(path);
  await a11y.scan(page);
}

describe("programme set-up journey", () => {
  let secretariat: Page;
  let editionPath: string;

  it("the secretariat creates an edition, makes it current and opens applications after seeing who will be emailed", async () => {
    secretariat = await (await newContext(browser)).newPage();
    await signIn(secretariat, "secretaria@example.org", a11y);
    await secretariat
      .getByRole("navigation", { name: "Navegació principal" })
      .getByRole("link", { name: "Convocatòries" })
      .click();
    await secretariat.waitForURL(/\/secretaria\/convocatories$/);
    await a11y.scan(secretariat);
    await secretariat.getByRole("link", { name: "Nova convocatòria" }).click();
    await secretariat.waitForURL(/\/nova$/);
    await a11y.scan(secretariat);

    const today = madridDay();
    const start = addDays(today, 45);
    await secretariat.getByRole("textbox", { name: "Nom", exact: true }).fill(`Convocatòria ${year}-${year + 1}`);
    await secretariat.getByRole("spinbutton", { name: "Any", exact: true }).fill(String(year));
    // a closing date before the opening date is refused by the field, and nothing is lost
    await secretariat.getByLabel("Obertura de les inscripcions").fill(isoDay(addDays(today, -1)));
    await secretariat.getByLabel("Tancament de les inscripcions").fill(isoDay(addDays(today, -5)));
    await secretariat.getByLabel("Data límit del matching").fill(isoDay(addDays(today, 40)));
    await secretariat.getByLabel("Inici dels acompanyaments").fill(isoDay(start));
    await secretariat.getByLabel("Finalització per defecte").fill(isoDay(addDays(addMonths(start, 12), -1)));
    await secretariat.getByRole("button", { name: "Crea la convocatòria" }).click();
    await secretariat.getByText("Les inscripcions s'han de tancar després d'obrir-se.").waitFor();
    await a11y.scan(secretariat);
    expect(await secretariat.getByRole("textbox", { name: "Nom", exact: true }).inputValue()).toBe(
      `Convocatòria ${year}-${year + 1}`,
    );
    await secretariat.getByLabel("Tancament de les inscripcions").fill(isoDay(addDays(today, 20)));
    await secretariat.getByRole("button", { name: "Crea la convocatòria" }).click();
    await secretariat.waitForURL(
      (u) => /\/convocatories\/[a-z0-9]+$/.test(u.pathname) && !u.pathname.endsWith("/nova"),
    );
    editionPath = new URL(secretariat.url()).pathname;
    await secretariat.getByRole("heading", { level: 1, name: `Convocatòria ${year}-${year + 1}` }).waitFor();
    await a11y.scan(secretariat);

    // opening applications is refused while the edition is not the current one
    await visit(secretariat, `${editionPath}/fase?a=APPLICATIONS`);
    await secretariat.getByText("Només es poden obrir les inscripcions de la convocatòria en curs").waitFor();
    await visit(secretariat, editionPath);
    await secretariat.getByRole("button", { name: "Marca-la com a convocatòria en curs" }).click();
    await secretariat.getByText("Fase actual: Preparació · convocatòria en curs").waitFor();

    await secretariat.getByRole("link", { name: "Passa a «Inscripcions»" }).click();
    await secretariat.waitForURL(/fase\?a=APPLICATIONS/);
    await secretariat.getByRole("heading", { level: 2, name: /Persones mentores \(4\)/ }).waitFor();
    await secretariat.getByRole("heading", { level: 2, name: /Persones tècniques registrades \(6\)/ }).waitFor();
    await a11y.scan(secretariat);
    await secretariat.getByRole("button", { name: "Confirma el pas a «Inscripcions»" }).click();
    await secretariat.waitForURL((u) => u.pathname === editionPath);
    await secretariat.getByText("Fase actual: Inscripcions").waitFor();

    const availability = await waitForEmail("marta.soler@example.org", {
      subject: `Confirmeu la vostra disponibilitat com a persona mentora: Convocatòria ${year}`,
    });
    expect(availability.text).toContain("Confirma la disponibilitat");
    const open = await waitForEmail("anna.ferrer@example.org", {
      subject: `S'obren les inscripcions: Convocatòria ${year}`,
    });
    expect(open.text).toContain("Fes la sol·licitud");
  });

  it("a technician registers from the public home, completes the profile and applies; the confirmation email arrives", async () => {
    const page = await (await newContext(browser)).newPage();
    await visit(page, "/ca");
    await page.getByRole("link", { name: "Vull rebre mentoria" }).click();
    await page.waitForURL(/\/registre\?perfil=mentee/);
    await a11y.scan(page);
    await page.getByLabel("Adreça electrònica").fill(newTechnician);
    await page.getByRole("button", { name: "Envia'm l'enllaç de registre" }).click();
    await page.getByText(`Hem enviat un enllaç a ${newTechnician}`).waitFor();
    await a11y.scan(page);
    const link = linkFrom(await waitForEmail(newTechnician, { subject: "Enllaç per entrar" }));
    await visit(page, link);
    await page.getByRole("button", { name: "Entra a Mentoria XMESS" }).click();
    await page.waitForURL(/\/ca\/perfil/);
    await page.getByRole("heading", { level: 1, name: "Completeu el vostre perfil" }).waitFor();
    await a11y.scan(page);

    // missing fields are refused by the field
    await page.getByRole("button", { name: "Desa el perfil" }).click();
    await page.getByText("Indiqueu el nom i els cognoms.").waitFor();
    await page.getByText("Cal que accepteu l'avís de privacitat per participar-hi.").waitFor();
    await a11y.scan(page);
    await page.getByLabel("Nom i cognoms").fill("Núria Vidal Soler");
    await page.getByLabel("Càrrec o lloc de treball").fill("Tècnica de promoció econòmica");
    await page.getByRole("combobox", { name: "Municipi", exact: true }).selectOption({ label: "Olot (Garrotxa)" });
    await page.getByLabel(/He llegit l'avís de privacitat/).check();
    await page.getByRole("button", { name: "Desa el perfil" }).click();
    await page.waitForURL(/\/ca\/inici$/);
    await page.getByRole("heading", { level: 1, name: "Hola, Núria Vidal Soler" }).waitFor();
    await a11y.scan(page);

    await page.getByRole("link", { name: "Fes la sol·licitud" }).waitFor();
    // Saved at once, before the page's JavaScript has run: the form posts to the server action.
    const visited = await beforeHydration(page);
    await page.goto("/ca/sollicitud", { waitUntil: "domcontentloaded" });
    await page.getByRole("button", { name: "Desa l'esborrany" }).click();
    await page.getByText("S'ha desat l'esborrany.").waitFor();
    for (const url of visited) expect(new URL(url).search).toBe("");
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.goto("/ca/sollicitud");
    await a11y.scan(page);
    // step 1
    await page.getByRole("button", { name: "Següent" }).click();
    await page.getByText("Indiqueu en quin punt és l'economia social al vostre municipi.").waitFor();
    await a11y.scan(page);
    await page.getByLabel("Hi ha actuacions puntuals").check();
    await page
      .getByLabel("Què fa ara l'ajuntament en economia social?")
      .fill("Organitzem una fira d'entitats i donem suport puntual a dues cooperatives.");
    await page.getByLabel("No", { exact: true }).check();
    await page.getByRole("button", { name: "Desa l'esborrany" }).click();
    await page.getByText("S'ha desat l'esborrany.").waitFor();
    await page.getByRole("button", { name: "Següent" }).click();
    // step 2
    await page.getByRole("heading", { level: 2, name: /Necessitats/ }).waitFor();
    await page.getByRole("combobox", { name: "Àmbit", exact: true }).selectOption({ label: "Cooperativisme" });
    await page
      .getByRole("textbox", { name: "Descripció", exact: true })
      .fill("Volem acompanyar la creació d'una cooperativa de consum al municipi.");
    await page.getByRole("combobox", { name: "Prioritat", exact: true }).selectOption({ label: "Alta" });
    await a11y.scan(page);
    await page.getByRole("button", { name: "Següent" }).click();
    // step 3
    await page
      .getByLabel("Què voleu aconseguir amb la mentoria?")
      .fill("Tenir un pla local d'economia social aprovat abans d'un any.");
    await page.getByRole("textbox", { name: "Disponibilitat", exact: true }).fill("Dimarts i dijous al matí");
    await page.getByRole("radio", { name: "Mixt", exact: true }).check();
    await a11y.scan(page);
    await page.getByRole("button", { name: "Següent" }).click();
    // step 4
    await page.getByRole("heading", { level: 2, name: /Persones mentores/ }).waitFor();
    await a11y.scan(page);
    await page.getByRole("button", { name: "Següent" }).click();
    // step 5
    await page.getByRole("button", { name: "Envia la sol·licitud" }).click();
    await page.getByText("Cal acceptar aquest compromís per enviar la sol·licitud.").first().waitFor();
    const boxes = page.getByRole("group", { name: /Compromisos/ }).getByRole("checkbox");
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await a11y.scan(page);
    await page.getByRole("button", { name: "Envia la sol·licitud" }).click();
    await page.getByText("S'ha enviat la sol·licitud. Us hem enviat un correu de confirmació.").waitFor();
    await page.getByText(/Sol·licitud enviada el/).waitFor();
    await a11y.scan(page);

    const received = await waitForEmail(newTechnician, { subject: "Hem rebut la vostra sol·licitud de mentoria" });
    expect(received.text).toContain("Olot");
    expect(received.text).toContain("Cooperativisme");
  });

  it("a technician of a municipality with no email domains on file waits for validation, and the attention list leads the secretariat to them", async () => {
    const address = `tecnic.reus.${Date.now()}@example.org`;
    const page = await (await newContext(browser)).newPage();
    await visit(page, "/ca/registre?perfil=mentee");
    await page.getByLabel("Adreça electrònica").fill(address);
    await page.getByRole("button", { name: "Envia'm l'enllaç de registre" }).click();
    await page.getByText(`Hem enviat un enllaç a ${address}`).waitFor();
    await visit(page, linkFrom(await waitForEmail(address, { subject: "Enllaç per entrar" })));
    await page.getByRole("button", { name: "Entra a Mentoria XMESS" }).click();
    await page.waitForURL(/\/ca\/perfil/);
    await page.getByLabel("Nom i cognoms").fill("Pau Reus Vendrell");
    await page.getByLabel("Càrrec o lloc de treball").fill("Tècnic de promoció econòmica");
    await page.getByRole("combobox", { name: "Municipi", exact: true }).selectOption({ label: "Reus (Baix Camp)" });
    await page.getByLabel(/He llegit l'avís de privacitat/).check();
    await page.getByRole("button", { name: "Desa el perfil" }).click();
    await page.waitForURL(/\/ca\/inici$/);
    await waitForEmail(address, { subject: "pendent de validació" });

    await secretariat.goto("/ca/secretaria");
    await secretariat.getByRole("link", { name: /^Registres pendents de validació: \d+$/ }).click();
    await secretariat.waitForURL(/\/secretaria\/persones\?status=pending$/);
    await secretariat.getByRole("link", { name: "Pau Reus Vendrell" }).waitFor();
    await a11y.scan(secretariat);
  });

  it("a mentor confirms their availability and gets the acknowledgement", async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, "marta.soler@example.org", a11y);
    await page.getByRole("link", { name: "Confirma la disponibilitat" }).click();
    await page.waitForURL(/\/ca\/disponibilitat$/);
    await a11y.scan(page);
    await page.getByRole("button", { name: "Confirma la disponibilitat" }).click();
    await page.getByText("Trieu almenys un àmbit en què tingueu experiència.").waitFor();
    await page.getByLabel("Quantes persones podeu acompanyar?").fill("2");
    await page.getByLabel("Cooperativisme").check();
    await page.getByLabel("Finances ètiques").check();
    await page
      .getByRole("textbox", { name: "Experiència", exact: true })
      .fill("Deu anys impulsant el cooperativisme i les finances ètiques a Sabadell.");
    await page.getByRole("radio", { name: "Presencial", exact: true }).check();
    await page.getByRole("button", { name: "Confirma la disponibilitat" }).click();
    await page.getByText(/Disponibilitat confirmada el/).waitFor();
    await a11y.scan(page);
    const ack = await waitForEmail("marta.soler@example.org", { subject: "Disponibilitat confirmada" });
    expect(ack.text).toContain("Cooperativisme, Finances ètiques");
  });

  it("without JavaScript: a mentor confirms availability; a technician registers, is refused with the values kept, and applies with two needs and two preferred mentors", async () => {
    const noScript = () => newContext(browser, { javaScriptEnabled: false });
    const mentor = await (await noScript()).newPage();
    await signIn(mentor, "jordi.vidal@example.org", a11y);
    await visit(mentor, "/ca/disponibilitat");
    await mentor.getByLabel("Quantes persones podeu acompanyar?").fill("1");
    await mentor
      .getByRole("textbox", { name: "Experiència", exact: true })
      .fill("Vaig impulsar el pla local d'economia social de Manresa i la xarxa de finances ètiques.");
    await mentor.getByRole("button", { name: "Confirma la disponibilitat" }).click();
    await mentor.getByText("Trieu almenys un àmbit en què tingueu experiència.").waitFor();
    expect(await mentor.getByRole("textbox", { name: "Experiència", exact: true }).inputValue()).toContain("Manresa");
    await a11y.scan(mentor);
    await mentor.getByLabel("Finances ètiques").check();
    await mentor.getByRole("radio", { name: "En línia", exact: true }).check();
    await mentor.getByRole("button", { name: "Confirma la disponibilitat" }).click();
    await mentor.getByText(/Disponibilitat confirmada el/).waitFor();

    const page = await (await noScript()).newPage();
    await visit(page, "/ca/registre?perfil=mentee");
    await page.getByLabel("Adreça electrònica").fill(scriptless);
    await page.getByRole("button", { name: "Envia'm l'enllaç de registre" }).click();
    await page.getByText(`Hem enviat un enllaç a ${scriptless}`).waitFor();
    expect(page.url()).not.toContain("email=");
    await visit(page, linkFrom(await waitForEmail(scriptless, { subject: "Enllaç per entrar" })));
    await page.getByRole("button", { name: "Entra a Mentoria XMESS" }).click();
    await page.waitForURL(/\/ca\/perfil/);
    await page.getByLabel("Nom i cognoms").fill("Martí Puig Sala");
    await page.getByLabel("Càrrec o lloc de treball").fill("Tècnic de desenvolupament local");
    await page.getByRole("button", { name: "Desa el perfil" }).click();
    await page.getByText("Cal que accepteu l'avís de privacitat per participar-hi.").waitFor();
    expect(await page.getByLabel("Nom i cognoms").inputValue()).toBe("Martí Puig Sala");
    expect(await page.getByLabel("Càrrec o lloc de treball").inputValue()).toBe("Tècnic de desenvolupament local");
    await a11y.scan(page);
    await page.getByRole("combobox", { name: "Municipi", exact: true }).selectOption({ label: "Girona (Gironès)" });
    await page.getByLabel(/He llegit l'avís de privacitat/).check();
    await page.getByRole("button", { name: "Desa el perfil" }).click();
    await page.waitForURL(/\/ca\/inici$/);

    // Every step is on one page, with room for five needs.
    await visit(page, "/ca/sollicitud");
    await page.getByLabel("Hi ha una línia de treball que volem consolidar").check();
    await page
      .getByLabel("Què fa ara l'ajuntament en economia social?")
      .fill("Tenim una línia de subvencions a entitats i volem un pla que la ordeni.");
    await page
      .getByRole("group", { name: /Teniu un pla local/ })
      .getByLabel("No", { exact: true })
      .check();
    const need = (n: number) => page.getByRole("group", { name: `Necessitat ${n}` });
    await need(1).getByRole("combobox", { name: "Àmbit" }).selectOption({ label: "Cooperativisme" });
    await need(1).getByRole("textbox", { name: "Descripció" }).fill("Acompanyar dues cooperatives de treball joves.");
    await need(1).getByRole("combobox", { name: "Prioritat" }).selectOption({ label: "Alta" });
    await need(2).getByRole("combobox", { name: "Àmbit" }).selectOption({ label: "Finances ètiques" });
    await need(2)
      .getByRole("textbox", { name: "Descripció" })
      .fill("Obrir una línia de microcrèdits amb la banca ètica.");
    await page.getByLabel("Què voleu aconseguir amb la mentoria?").fill("Un pla local d'economia social per al 2027.");
    await page.getByRole("textbox", { name: "Disponibilitat", exact: true }).fill("Dilluns a la tarda");
    await page.getByRole("radio", { name: "En línia", exact: true }).check();
    await page.getByLabel(/^Marta Soler Vila/).check();
    await page.getByLabel(/^Jordi Vidal/).check();
    // Sent without the commitments: refused by them, with everything else still there.
    await page.getByRole("button", { name: "Envia la sol·licitud" }).click();
    await page.getByText("Cal acceptar aquest compromís per enviar la sol·licitud.").first().waitFor();
    expect(await need(2).getByRole("textbox", { name: "Descripció" }).inputValue()).toContain("microcrèdits");
    expect(await page.getByLabel(/^Jordi Vidal/).isChecked()).toBe(true);
    await a11y.scan(page);
    const boxes = page.getByRole("group", { name: /Compromisos/ }).getByRole("checkbox");
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await page.getByRole("button", { name: "Envia la sol·licitud" }).click();
    await page.getByText("S'ha enviat la sol·licitud. Us hem enviat un correu de confirmació.").waitFor();
    expect(page.url()).toMatch(/\/ca\/sollicitud$/);
    const received = await waitForEmail(scriptless, { subject: "Hem rebut la vostra sol·licitud de mentoria" });
    expect(received.text).toContain("Cooperativisme");
    expect(received.text).toContain("Finances ètiques");
  });

  it("the secretariat sees both, filters them and exports them as CSV", async () => {
    await visit(secretariat, `${editionPath}/sollicituds`);
    await secretariat.getByRole("link", { name: "Núria Vidal Soler" }).waitFor();
    await secretariat.getByRole("combobox", { name: "Comarca", exact: true }).selectOption("Garrotxa");
    await secretariat.getByRole("button", { name: "Filtra" }).click();
    await secretariat.waitForURL(/comarca=Garrotxa/);
    await secretariat.getByText("1 sol·licitud").waitFor();
    await a11y.scan(secretariat);
    const csv = await secretariat.request.get(`${editionPath}/sollicituds/export`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = (await csv.body()).toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toContain("Persona sol·licitant;Adreça electrònica");
    expect(lines).toHaveLength(3);
    const row = (name: string) => lines.find((line) => line.includes(name)) ?? "";
    expect(row("Núria Vidal Soler")).toContain("Cooperativisme (Alta)");
    expect(row("Martí Puig Sala")).toContain("Cooperativisme (Alta)");
    expect(row("Martí Puig Sala")).toContain("Finances ètiques (Mitjana)");
    expect(row("Martí Puig Sala")).toMatch(/Marta Soler Vila, Jordi Vidal|Jordi Vidal [^;]*, Marta Soler Vila/);

    await secretariat.getByRole("link", { name: "Núria Vidal Soler" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Sol·licitud de Núria Vidal Soler" }).waitFor();
    await a11y.scan(secretariat);

    await visit(secretariat, `${editionPath}/disponibilitats`);
    await secretariat.getByRole("link", { name: "Marta Soler Vila" }).waitFor();
    const offers = (await (await secretariat.request.get(`${editionPath}/disponibilitats/export`)).body()).toString(
      "utf8",
    );
    expect(offers).toContain("Marta Soler Vila");
    expect(offers.trim().split("\r\n")).toHaveLength(3);

    // signed out: sent to sign in; signed in without permission: refused by the export itself
    const anonymous = await fetch(new URL(`${editionPath}/sollicituds/export`, secretariat.url()), {
      redirect: "manual",
    });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toContain("/ca/entrar");
    const technician = await (await newContext(browser)).newPage();
    await signIn(technician, "joan.marti@example.org");
    expect((await technician.request.get(`${editionPath}/sollicituds/export`)).status()).toBe(403);
    expect((await technician.request.get(`${editionPath}/disponibilitats/export`)).status()).toBe(403);
  });

  it("the mailbox holds each email of the journey", async () => {
    const subjects = async (to: string) => (await mailbox(to)).map((m) => m.subject);
    expect(await subjects(newTechnician)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Hem rebut la vostra sol·licitud"),
        "Enllaç per entrar a Mentoria XMESS",
      ]),
    );
    for (const mentor of [
      "marta.soler@example.org",
      "jordi.vidal@example.org",
      "nuria.camps@example.org",
      "pere.roca@example.org",
    ]) {
      expect(await subjects(mentor)).toEqual(
        expect.arrayContaining([expect.stringContaining("Confirmeu la vostra disponibilitat")]),
      );
    }
    expect(await subjects("marta.soler@example.org")).toEqual(
      expect.arrayContaining([expect.stringContaining("Disponibilitat confirmada")]),
    );
    for (const technician of ["anna.ferrer@example.org", "marc.pujol@example.org", "albert.riera@example.org"]) {
      expect(await subjects(technician)).toEqual(
        expect.arrayContaining([expect.stringContaining("S'obren les inscripcions")]),
      );
    }
  });

  it("deactivating a person signs them out on their next request", async () => {
    const technician = await (await newContext(browser)).newPage();
    await signIn(technician, "laura.costa@example.org", a11y);
    await technician.getByRole("heading", { level: 1, name: "Hola, Laura Costa Puig" }).waitFor();

    await visit(secretariat, "/ca/secretaria/persones?q=laura");
    await secretariat.getByRole("link", { name: "Laura Costa Puig" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Laura Costa Puig" }).waitFor();
    await a11y.scan(secretariat);
    await secretariat.getByText("Desactiva", { exact: true }).click();
    await secretariat.getByRole("button", { name: "Sí, desactiva-la" }).click();
    await secretariat.getByRole("button", { name: "Reactiva" }).waitFor();

    await technician.reload();
    expect(new URL(technician.url()).pathname).toBe("/ca/entrar");
  });

  it("no page visited has a serious or critical accessibility violation", () => {
    expect(a11y.violations).toEqual([]);
  });
});
