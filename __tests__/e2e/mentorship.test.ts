import fs from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { addDays, addMonths, formatDay, isoDay, madridDay } from "@/lib/dates";
import {
  AccessibilityLog,
  baseUrl,
  beforeHydration,
  launchBrowser,
  mailbox,
  newContext,
  signIn,
  waitForEmail,
} from "../support/e2e";

jest.setTimeout(400_000);

// The demo data's mentorship of last year's edition: Pere Roca (mentor) accompanies Albert Riera.
const MENTEE = "albert.riera@example.org";
const MENTOR = "pere.roca@example.org";

let browser: Browser;
const a11y = new AccessibilityLog();
let mentee: Page;
let mentor: Page;
let secretariat: Page;
let mentorshipPath: string;

async function page(email: string, options: { javaScriptEnabled?: boolean } = {}) {
  const p = await (await newContext(browser, options)).newPage();
  p.on("dialog", (dialog) => void dialog.accept());
  await signIn(p, email, a11y);
  return p;
}

async function open(p: Page) {
  await p.goto(mentorshipPath);
  await p.getByRole("heading", { level: 1, name: /^Acompanyament / }).waitFor();
}

// Screenshots of the mentee's page on a phone at each step, for review (test-results/ is not committed).
const SHOTS = path.join(process.cwd(), "test-results", "mentorship-390x844");

/** On a 390×844 screen, the next action (a button or link of "Què cal fer ara") is on the first screen. */
async function nextActionOnFirstScreen(p: Page, role: "button" | "link", name: string, shot: string) {
  const previous = p.viewportSize();
  await p.setViewportSize({ width: 390, height: 844 });
  await p.goto(p.url()); // a GET: a reload could send a form again
  const action = p.getByRole("region", { name: "Què cal fer ara" }).getByRole(role, { name });
  await action.waitFor();
  const box = await action.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
  fs.mkdirSync(SHOTS, { recursive: true });
  await p.screenshot({ path: path.join(SHOTS, `${shot}.png`) });
  if (previous) await p.setViewportSize(previous);
}

/** The new meeting's form, opened (it is folded while logging a meeting is not the next step). */
async function meetingForm(p: Page) {
  const form = p.locator("#new-meeting");
  if (!(await p.locator("#meeting-date").isVisible()))
    await form.getByText("Registra una trobada", { exact: true }).click();
  return form;
}

function calendarEvent(email: object) {
  const { attachments } = email as { attachments: { content: string }[] };
  const ics = Buffer.from(attachments[0].content, "base64").toString("utf8");
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid") as string,
    sequence: Number(event.getFirstPropertyValue("sequence")),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate(),
    status: event.getFirstPropertyValue("status"),
  };
}

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("mentorship journey, from an accepted proposal to a published fitxa", () => {
  it("the mentee records the first contact, drafts the agreement and logs two in-person meetings", async () => {
    // The mentee goes through the whole cycle with JavaScript off: every form posts as plain HTML.
    mentee = await page(MENTEE, { javaScriptEnabled: false });
    await mentee.getByText("Us acompanya Pere Roca Serra").waitFor();
    await mentee.getByRole("link", { name: "Obre l'acompanyament" }).click();
    await mentee.waitForURL(/\/ca\/acompanyaments\/[a-z0-9]+$/);
    mentorshipPath = new URL(mentee.url()).pathname;
    await a11y.scan(mentee);
    await nextActionOnFirstScreen(mentee, "button", "Registra el primer contacte", "1-first-contact");

    // Records belong to the pairing: a meeting dated before the proposal was accepted (30 days
    // ago in the demo data) is refused with the earliest date allowed.
    let menteeForm = await meetingForm(mentee);
    await mentee.locator("#meeting-date").fill(isoDay(addDays(madridDay(), -35)));
    await menteeForm.getByRole("radio", { name: "Presencial", exact: true }).check();
    await menteeForm.getByLabel("Lloc").fill("Ajuntament del Prat de Llobregat");
    await menteeForm.getByRole("button", { name: "Registra la trobada" }).click();
    await mentee
      .getByText(
        `La data no pot ser anterior a l'acceptació de la proposta: el ${formatDay(addDays(madridDay(), -30))} o després.`,
      )
      .waitFor();
    await a11y.scan(mentee);

    await mentee.getByRole("button", { name: "Registra el primer contacte" }).click();
    await mentee.getByText(/Primer contacte el /).waitFor();
    await nextActionOnFirstScreen(mentee, "link", "Redacta l'acord", "2-agreement");

    await mentee.getByLabel("Objectius").fill("Definir un model de gestió comunitària per a l'equipament del barri.");
    await mentee
      .getByLabel("Activitats principals")
      .fill("Visita a dos equipaments de gestió comunitària i sessions amb les entitats.");
    await mentee.getByLabel("Trobades previstes").fill("Dues trobades presencials i alguna en línia.");
    const beyond = isoDay(addMonths(madridDay(), 14));
    await mentee.locator("#f-endOn").fill(beyond);
    await mentee.getByRole("button", { name: "Desa l'acord i envia'l a confirmar" }).click();
    await mentee.getByText(/no pot passar del .* si les dues parts no acorden una ampliació/).waitFor();
    // Refused without JavaScript: the page comes back with the message and what was typed.
    expect(await mentee.getByLabel("Objectius").inputValue()).toContain("model de gestió comunitària");
    expect(await mentee.locator("#f-endOn").inputValue()).toBe(beyond);
    await a11y.scan(mentee);
    await mentee.locator("#f-endOn").fill(isoDay(addMonths(madridDay(), 10)));
    await mentee.getByRole("button", { name: "Desa l'acord i envia'l a confirmar" }).click();
    await mentee.getByText("Pendent de confirmar").waitFor();
    await nextActionOnFirstScreen(mentee, "link", "Registra una trobada", "3-meetings");

    for (const daysAgo of [9, 2]) {
      menteeForm = await meetingForm(mentee);
      await mentee.locator("#meeting-date").fill(isoDay(addDays(madridDay(), -daysAgo)));
      await menteeForm.getByRole("radio", { name: "Presencial", exact: true }).check();
      await menteeForm.getByLabel("Lloc").fill("Ajuntament del Prat de Llobregat");
      await menteeForm.getByLabel("Resum breu").fill(`Trobada de fa ${daysAgo} dies: repàs del model de gestió.`);
      await menteeForm.getByRole("button", { name: "Registra la trobada" }).click();
      await mentee
        .getByRole("paragraph")
        .filter({ hasText: `Trobada de fa ${daysAgo} dies` })
        .waitFor();
    }
    await mentee.getByText("Confirmades: 0; pendents de confirmar: 2").waitFor();
    await a11y.scan(mentee);
  });

  it("the secretariat moves the edition's mentoring start: the preview counts the pair, and its page and export show the new start", async () => {
    secretariat = await page("secretaria@example.org");
    await secretariat.goto("/ca/secretaria/convocatories");
    const year = new Date().getFullYear() - 1;
    await secretariat.getByRole("link", { name: `Convocatòria ${year}-${year + 1}` }).click();
    await secretariat.waitForURL(/\/convocatories\/[a-z0-9]+$/);
    const editionPath = new URL(secretariat.url()).pathname;
    await secretariat.goto(`${editionPath}/edita`);
    const newStart = addDays(madridDay(), -15);
    await secretariat.getByLabel("Inici dels acompanyaments").fill(isoDay(newStart));
    await secretariat.getByRole("button", { name: "Desa els canvis" }).click();
    const preview = secretariat.getByRole("status").filter({ hasText: "Abans de desar" });
    await preview
      .getByText(`Inici dels acompanyaments: del ${formatDay(addDays(madridDay(), -20))} al ${formatDay(newStart)}.`)
      .waitFor();
    await preview.getByText(/Acompanyaments que segueixen l'inici de la convocatòria i el mouen: 1/).waitFor();
    await a11y.scan(secretariat);
    await secretariat.getByRole("button", { name: "Confirma i desa el calendari nou" }).click();
    await secretariat.waitForURL((u) => u.pathname === editionPath);

    await open(mentee);
    await mentee.getByText(`Inici: ${formatDay(newStart)} (el de la convocatòria)`).waitFor();
    const csv = (
      await (await secretariat.request.get(`${editionPath}/exportacions/acompanyaments?format=csv`)).body()
    ).toString("utf8");
    expect(csv).toContain("Albert Riera Font");
    expect(csv).toContain(isoDay(newStart));
  });

  it("the mentor confirms the agreement and the meetings, and plans a meeting that reaches the mentee as a calendar event", async () => {
    mentor = await page(MENTOR);
    await open(mentor);
    await mentor.getByRole("button", { name: "Confirmo l'acord" }).click();
    await mentor.getByText(/^Confirmat per Pere Roca Serra/).waitFor();
    for (let i = 0; i < 2; i++) {
      await mentor.getByRole("button", { name: "Confirmo que s'ha fet" }).first().click();
      await mentor.getByText(`Confirmades: ${i + 1}`).waitFor();
    }
    await mentor.getByText("Requisit complert.").waitFor();
    await a11y.scan(mentor);

    // Planned at once after opening the page, before its JavaScript has run.
    const visited = await beforeHydration(mentor);
    await mentor.goto(mentorshipPath, { waitUntil: "domcontentloaded" });
    const mentorForm = await meetingForm(mentor);
    await mentor.locator("#meeting-date").fill(isoDay(addDays(madridDay(), 20)));
    await mentorForm.getByRole("radio", { name: "En línia", exact: true }).check();
    await mentorForm.getByRole("button", { name: "Registra la trobada" }).click();
    await mentor.getByText("S'ha registrat la trobada.").waitFor();
    for (const url of visited) expect(new URL(url).search).toBe("");
    await mentor.unrouteAll({ behavior: "ignoreErrors" });
    await mentor.getByRole("link", { name: "Afegeix al calendari (.ics)" }).waitFor();
    const planned = await waitForEmail(MENTEE, { subject: "Trobada de mentoria prevista" });
    const attachments = (planned as unknown as { attachments: { filename: string; content: string }[] }).attachments;
    expect(attachments[0].filename).toBe("trobada-mentoria.ics");
    expect(Buffer.from(attachments[0].content, "base64").toString("utf8")).toContain("BEGIN:VEVENT");
    const secretariatNotice = await waitForEmail("secretaria@example.org", {
      subject: "Acord confirmat: Albert Riera Font i Pere Roca Serra",
    });
    expect(secretariatNotice.text).toContain("Data de finalització pactada");
  });

  it("the planned meeting is moved by the mentor and cancelled by the mentee: the other party's calendar follows", async () => {
    const first = calendarEvent(await waitForEmail(MENTEE, { subject: "Trobada de mentoria prevista" }));
    expect(first.uid).toMatch(new RegExp(`^meeting-[a-z0-9]+@${new URL(baseUrl()).host.replace(/[.]/g, "\\.")}$`));

    const planned = mentor.locator("#trobades li").filter({ hasText: "Prevista" });
    await planned.getByText("Canvia la data o el format").click();
    const moved = addDays(madridDay(), 21);
    await planned.getByLabel(/^Data\b/).fill(isoDay(moved));
    await planned.getByLabel(/^Hora\b/).fill("12:30");
    await planned.getByRole("button", { name: "Desa els canvis" }).click();
    await mentor.getByText(`${formatDay(moved)}, 12:30`).waitFor();
    await a11y.scan(mentor);
    const changed = calendarEvent(await waitForEmail(MENTEE, { subject: "S'ha canviat una trobada de mentoria" }));
    expect(changed.uid).toBe(first.uid);
    expect(changed.sequence).toBeGreaterThan(first.sequence);
    expect(changed.method).toBe("PUBLISH");
    expect(isoDay(madridDay(changed.start))).toBe(isoDay(moved));

    await open(mentee);
    const item = mentee.locator("#trobades li").filter({ hasText: "Prevista" });
    await item.getByText("Anul·la la trobada", { exact: true }).click();
    await item.getByRole("button", { name: "Confirma l'anul·lació" }).click();
    await item.getByText(/Expliqueu per què s'anul·la/).waitFor();
    await item.getByLabel("Motiu de l'anul·lació").fill("Coincideix amb el ple municipal.");
    await item.getByRole("button", { name: "Confirma l'anul·lació" }).click();
    await mentee.getByText("Motiu de l'anul·lació: Coincideix amb el ple municipal.").waitFor();
    const cancelled = calendarEvent(await waitForEmail(MENTOR, { subject: "S'ha anul·lat la trobada de mentoria" }));
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.uid).toBe(first.uid);
    expect(cancelled.sequence).toBeGreaterThan(changed.sequence);
  });

  it("an extension is proposed by the mentor and accepted by the mentee", async () => {
    await mentor.getByText("Proposa una ampliació més enllà de la durada màxima").click();
    await mentor.locator("#f-newEndOn").fill(isoDay(addMonths(madridDay(), 13)));
    await mentor.locator("#extension-reason").fill("Volem acompanyar l'aprovació del model al ple municipal.");
    await mentor.getByRole("button", { name: "Proposa l'ampliació" }).click();
    await mentor.getByText("Pendent de resposta").waitFor();
    await a11y.scan(mentor);

    await open(mentee);
    await mentee.getByRole("button", { name: "Accepto l'ampliació" }).click();
    await mentee.getByText("Acceptada", { exact: true }).waitFor();
    await waitForEmail("secretaria@example.org", { subject: "Ampliació d'una mentoria acordada per les dues parts" });
  });

  it("the mentee writes to the secretariat, who answers by email; the mentee sees the history", async () => {
    // The form's code loads when its disclosure is opened.
    await mentee.getByText("Nova comunicació (incidències, data de finalització pactada…)").click();
    await mentee.getByRole("combobox", { name: "Tipus" }).selectOption("END_DATE_CHANGE");
    await mentee.getByLabel("Assumpte").fill("Nova data de finalització");
    await mentee
      .getByLabel("Missatge")
      .fill("Hem acordat ampliar la mentoria un mes per acompanyar l'aprovació al ple.");
    await mentee.getByRole("button", { name: "Envia a la secretaria" }).click();
    await mentee.getByRole("heading", { level: 3, name: /Nova data de finalització/ }).waitFor();

    secretariat = await page("secretaria@example.org");
    await secretariat.goto("/ca/secretaria/comunicacions");
    await a11y.scan(secretariat);
    await secretariat.getByRole("link", { name: "Nova data de finalització" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Nova data de finalització" }).waitFor();
    await a11y.scan(secretariat);
    await secretariat.getByLabel("Resposta (s'enviarà per correu)").fill("Gràcies per avisar-nos: ho tenim anotat.");
    await secretariat.getByRole("button", { name: "Respon" }).click();
    await secretariat.getByText("S'ha enviat la resposta per correu.").waitFor();

    const reply = await waitForEmail(MENTEE, { subject: "Resposta de la secretaria: Nova data de finalització" });
    expect(reply.text).toContain("Gràcies per avisar-nos");
    await open(mentee);
    await mentee.getByText("Gràcies per avisar-nos: ho tenim anotat.").waitFor();
    await mentee.getByText("Resposta", { exact: true }).waitFor();
  });

  it("both parties confirm the mentorship is complete, evaluate it, and the mentee submits the fitxa", async () => {
    // Before the agreed end date, the first to confirm says why.
    await mentee.getByRole("button", { name: "Confirmo que l'acompanyament s'ha completat" }).click();
    await mentee.getByText("Expliqueu per què acabeu abans de la data pactada (almenys 10 caràcters).").waitFor();
    await mentee
      .getByLabel("Per què acabeu abans de la data pactada?")
      .fill("Hem assolit els objectius abans del previst.");
    await mentee.getByRole("button", { name: "Confirmo que l'acompanyament s'ha completat" }).click();
    await mentee.getByText("Heu confirmat que l'acompanyament s'ha completat").waitFor();
    await open(mentor);
    await mentor.getByRole("button", { name: "Confirmo que l'acompanyament s'ha completat" }).click();
    await mentor.getByRole("heading", { level: 3, name: "La vostra valoració" }).waitFor();
    await a11y.scan(mentor);

    for (const p of [mentor, mentee]) {
      if (p === mentee) {
        await open(mentee);
        await nextActionOnFirstScreen(mentee, "link", "Valora l'acompanyament", "4-evaluation");
      }
      for (const question of [
        "Utilitat de la mentoria",
        "Relació entre les dues parts",
        "Assoliment dels objectius",
        "Organització del programa",
      ]) {
        await p.getByRole("group", { name: question }).getByRole("radio", { name: "5" }).check();
      }
      await p
        .getByRole("group", { name: "Recomanaríeu el programa a altres municipis?" })
        .getByRole("radio", { name: "Sí" })
        .check();
      await p.getByLabel("Comentaris (opcional)").fill("Una experiència molt profitosa.");
      await p.getByRole("button", { name: "Envia la valoració" }).click();
      await p.getByText("Valoració de la persona mentora", { exact: true }).waitFor();
      await p.getByRole("heading", { level: 3, name: "La vostra valoració" }).waitFor({ state: "detached" });
    }
    await waitForEmail(MENTEE, { subject: "Tancament de la mentoria: valoració i fitxa" });
    await nextActionOnFirstScreen(mentee, "link", "Omple la fitxa", "5-fitxa");

    await mentee.getByRole("link", { name: "Omple la fitxa de la mentoria" }).click();
    await mentee.waitForURL(/\/fitxa$/);
    await a11y.scan(mentee);
    await mentee.getByRole("button", { name: "Envia la fitxa a revisió" }).click();
    await mentee.getByText("Escriviu un títol (almenys 5 caràcters).").waitFor();
    await mentee.getByLabel("Títol").fill("Gestió comunitària d'un equipament al Prat");
    const fields: [string, string][] = [
      ["Context", "El Prat cedia espais a entitats sense un model de gestió compartida."],
      ["Objectius", "Definir un model de gestió comunitària d'un equipament de barri."],
      ["Activitats", "Visites a equipaments de Santa Coloma i sessions de treball amb les entitats."],
      ["Resultats", "Un esborrany de conveni de gestió comunitària validat per les entitats."],
      ["Aprenentatges", "Cal implicar les entitats des del principi i donar temps al procés."],
    ];
    for (const [label, value] of fields) await mentee.getByRole("textbox", { name: label, exact: true }).fill(value);
    await mentee.getByLabel("Economia comunitària i béns comuns").check();
    await mentee.getByRole("button", { name: "Envia la fitxa a revisió" }).click();
    await mentee.getByText("La fitxa està enviada i la secretaria l'està revisant.").waitFor();
    await a11y.scan(mentee);
  });

  it("the secretariat asks for changes, the mentee resubmits, and the secretariat publishes the fitxa", async () => {
    await secretariat.goto("/ca/secretaria/fitxes");
    await secretariat.getByRole("link", { name: "Gestió comunitària d'un equipament al Prat" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Gestió comunitària d'un equipament al Prat" }).waitFor();
    await a11y.scan(secretariat);
    await secretariat
      .getByLabel("Canvis que demaneu")
      .fill("Afegiu-hi, si us plau, quantes entitats hi han participat.");
    await secretariat.getByRole("button", { name: "Demana canvis" }).click();
    await secretariat.getByText("Canvis demanats").waitFor();

    await waitForEmail(MENTEE, { subject: "La secretaria demana canvis a la fitxa de la mentoria" });
    await mentee.goto(mentee.url());
    await mentee.getByText("Afegiu-hi, si us plau, quantes entitats hi han participat.").waitFor();
    await mentee
      .getByRole("textbox", { name: "Resultats", exact: true })
      .fill("Un esborrany de conveni validat per les 7 entitats del barri.");
    await mentee.getByRole("button", { name: "Envia la fitxa a revisió" }).click();
    await mentee.getByText("La fitxa està enviada i la secretaria l'està revisant.").waitFor();

    // The catalogue's first page is cached: a visit now keeps a copy without the new fitxa.
    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto("/ca/fitxes");
    await visitor.getByRole("heading", { level: 1, name: "Fitxes de les mentories" }).waitFor();
    expect(await visitor.getByRole("link", { name: "Gestió comunitària d'un equipament al Prat" }).count()).toBe(0);

    await secretariat.reload();
    await secretariat.getByText("Publica la fitxa", { exact: true }).click();
    await secretariat.getByRole("button", { name: "Sí, publica-la" }).click();
    await secretariat.getByText("Publicada", { exact: false }).first().waitFor();
    await waitForEmail(MENTEE, { subject: "Fitxa publicada: Gestió comunitària d'un equipament al Prat" });

    await open(mentee);
    await mentee.getByText("Acompanyament completat. Gràcies!").waitFor();
    await mentee.getByText("Completat", { exact: true }).first().waitFor();
  });

  it("the fitxa is in the public catalogue, prints well, and is in the JSON without personal data", async () => {
    const visitor = await (await newContext(browser)).newPage();
    // Publishing renewed the cached first page at once.
    await visitor.goto("/ca/fitxes");
    await visitor.getByRole("link", { name: "Gestió comunitària d'un equipament al Prat" }).waitFor();
    await visitor
      .getByRole("combobox", { name: "Àmbit" })
      .selectOption({ label: "Economia comunitària i béns comuns" });
    await visitor.getByRole("button", { name: "Filtra" }).click();
    await visitor.waitForURL(/topic=economia-comunitaria-bens-comuns/);
    await a11y.scan(visitor);
    await visitor.getByRole("link", { name: "Gestió comunitària d'un equipament al Prat" }).click();
    await visitor.getByRole("heading", { level: 1, name: "Gestió comunitària d'un equipament al Prat" }).waitFor();
    await visitor.getByText("Un esborrany de conveni validat per les 7 entitats del barri.").waitFor();
    await a11y.scan(visitor);
    await visitor.emulateMedia({ media: "print" });
    expect(await visitor.getByRole("button", { name: "Imprimeix la fitxa" }).isVisible()).toBe(false);
    expect(await visitor.getByRole("banner").isVisible()).toBe(false);

    const response = await fetch(`${baseUrl()}/api/fitxes?topic=economia-comunitaria-bens-comuns`);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const json = (await response.json()) as { title: string; municipality: string; url: string }[];
    const fitxa = json.find((f) => f.title === "Gestió comunitària d'un equipament al Prat");
    expect(fitxa).toMatchObject({ municipality: "El Prat de Llobregat" });
    expect(JSON.stringify(json)).not.toMatch(/@example\.org|Albert|Riera|Pere Roca/);
  });

  it("the mailbox holds the journey's emails", async () => {
    const subjects = (await mailbox(MENTEE)).map((m) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Trobada de mentoria prevista el /),
        "Tancament de la mentoria: valoració i fitxa",
        expect.stringMatching(/^Resposta de la secretaria/),
        expect.stringMatching(/^Fitxa publicada/),
      ]),
    );
    expect((await mailbox(MENTOR)).map((m) => m.subject)).toEqual(
      expect.arrayContaining([
        "Hi ha un acord de mentoria per confirmar",
        "Proposta de tancar l'acompanyament",
        "Tancament de la mentoria: la vostra valoració",
      ]),
    );
  });

  it("no page visited has a serious or critical accessibility violation", () => {
    expect(a11y.violations).toEqual([]);
  });
});
