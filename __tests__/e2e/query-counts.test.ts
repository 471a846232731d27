import crypto from "node:crypto";
import ca from "@/messages/ca.json";
import es from "@/messages/es.json";
import type { Browser, BrowserContext } from "playwright-core";
import { pageRoutes, type Role, type RouteIds } from "../support/routes";
import { baseUrl, launchBrowser, newContext, signIn } from "../support/e2e";

// Every page of the app, opened by the person it is for, issues at most 10 database queries
// (issue 8's budget) — counted by the server's Prisma query events (lib/db/query-probe.ts),
// per request, including the session lookup and the layouts.
jest.setTimeout(300_000);

const BUDGET = 10;
const ACCOUNTS: Record<Exclude<Role, "anonymous">, string> = {
  secretariat: "secretaria@example.org",
  mentor: "pere.roca@example.org", // the demo's mentorship (Pere Roca with Albert Riera)
  mentee: "anna.ferrer@example.org",
};

let browser: Browser;
const cookies = {} as Record<Role, string>;

beforeAll(async () => {
  browser = await launchBrowser();
  cookies.anonymous = "";
  for (const [role, email] of Object.entries(ACCOUNTS) as [Exclude<Role, "anonymous">, string][]) {
    const context: BrowserContext = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, email);
    cookies[role] = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    await context.close();
  }
});

afterAll(async () => {
  await browser?.close();
});

async function html(path: string, role: Role) {
  const response = await fetch(baseUrl() + path, { headers: { cookie: cookies[role] }, redirect: "manual" });
  expect(response.status).toBe(200);
  return response.text();
}

/** The first record id linked from a page, other than the given fixed segments. */
async function firstId(path: string, role: Role, prefix: string, except: string[] = []) {
  const pattern = new RegExp(`href="${prefix.replace(/[/]/g, "\\/")}/([A-Za-z0-9_-]+)`, "g");
  for (const match of (await html(path, role)).matchAll(pattern)) if (!except.includes(match[1])) return match[1];
  return undefined;
}

async function discoverIds(): Promise<RouteIds> {
  const edition = await firstId("/ca/secretaria/convocatories", "secretariat", "/ca/secretaria/convocatories", [
    "nova",
  ]);
  const mentorship = await firstId("/ca/inici", "mentor", "/ca/acompanyaments");
  const need = (name: string, id: string | undefined) => {
    if (!id) throw new Error(`The demo data has no ${name} to open`);
    return id;
  };
  return {
    edition: need("edition", edition),
    mentorship: need("mentorship", mentorship),
    application: need(
      "application",
      await firstId(
        `/ca/secretaria/convocatories/${edition}/sollicituds`,
        "secretariat",
        `/ca/secretaria/convocatories/${edition}/sollicituds`,
        ["export"],
      ),
    ),
    offer: need(
      "offer",
      await firstId(
        `/ca/secretaria/convocatories/${edition}/disponibilitats`,
        "secretariat",
        `/ca/secretaria/convocatories/${edition}/disponibilitats`,
        ["export"],
      ),
    ),
    email: need("email", await firstId("/ca/secretaria/correus", "secretariat", "/ca/secretaria/correus")),
    municipality: need(
      "municipality",
      await firstId("/ca/secretaria/municipis", "secretariat", "/ca/secretaria/municipis", ["nou", "importa"]),
    ),
    person: need(
      "person",
      await firstId("/ca/secretaria/persones", "secretariat", "/ca/secretaria/persones", ["convida"]),
    ),
    // Records the demo data only has once other journeys have made them.
    proposal: await firstId("/ca/propostes", "mentor", "/ca/propostes"),
    fitxa: await firstId("/ca/fitxes", "anonymous", "/ca/fitxes"),
    communication: await firstId("/ca/secretaria/comunicacions", "secretariat", "/ca/secretaria/comunicacions"),
  };
}

async function countQueries(path: string, role: Role) {
  const probe = crypto.randomUUID();
  const response = await fetch(baseUrl() + path, {
    headers: { cookie: cookies[role], "x-query-probe": probe },
    redirect: "manual",
  });
  await response.arrayBuffer();
  const counted = (await (await fetch(`${baseUrl()}/api/dev/query-counts?probe=${probe}`)).json()) as {
    queries: number | null;
  };
  return { status: response.status, queries: counted.queries ?? 0 };
}

describe("database queries per page", () => {
  it("the probe counts a page's queries and nothing else's", async () => {
    const home = await countQueries("/ca/secretaria", "secretariat");
    expect(home.status).toBe(200);
    expect(home.queries).toBeGreaterThan(0); // the session lookup at least: the probe works
    expect((await countQueries("/api/health", "anonymous")).queries).toBeGreaterThan(0);
  });

  it(`every page issues at most ${BUDGET} queries`, async () => {
    const routes = pageRoutes(await discoverIds());
    const results: { route: string; path: string; status: number; queries: number }[] = [];
    for (const [route, { path, role }] of Object.entries(routes)) {
      // Each page twice: the second is the steady state (caches warm, proposals expired).
      await countQueries(path, role);
      results.push({ route, path, ...(await countQueries(path, role)) });
    }
    console.log(results.map((r) => `${String(r.queries).padStart(3)}  ${r.status}  ${r.route}`).join("\n"));
    expect(results.length).toBeGreaterThanOrEqual(45);
    for (const r of results)
      expect({ route: r.route, status: r.status }).toEqual({
        route: r.route,
        status: r.route.endsWith("[...rest]") ? 404 : 200,
      });
    expect(results.filter((r) => r.queries > BUDGET)).toEqual([]);
  });

  it("every form of every page works before JavaScript: a GET filter, or a POST to a server action", async () => {
    const routes = pageRoutes(await discoverIds());
    const checked: string[] = [];
    const wrong: { route: string; form: string }[] = [];
    for (const [route, { path, role }] of Object.entries(routes)) {
      const html = await (await fetch(baseUrl() + path, { headers: { cookie: cookies[role] } })).text();
      for (const chunk of html.split("<form").slice(1)) {
        const tag = chunk.slice(0, chunk.indexOf(">"));
        const body = chunk.slice(0, chunk.indexOf("</form>"));
        const get = /method="get"/i.test(tag);
        // React renders a server action's form as a POST carrying the action's reference.
        const serverAction = /method="POST"/.test(tag) && /name="\$ACTION_(REF|ID)_/.test(body);
        if (get || serverAction) checked.push(route);
        else wrong.push({ route, form: tag.slice(0, 200) });
      }
    }
    expect(wrong).toEqual([]);
    // Among them the forms that spread useServerForm's props themselves (not through FormFrame).
    for (const route of [
      "/[locale]/entrar",
      "/[locale]/sollicitud",
      "/[locale]/secretaria/ambits",
      "/[locale]/secretaria/convocatories/[id]/matching",
      "/[locale]/secretaria/convocatories/[id]/sollicituds",
    ])
      expect(checked).toContain(route);
  });

  it("every page in Spanish, opened by the person it is for, shows no message in its Catalan form", async () => {
    const catalan = catalanOnlyFragments();
    const routes = pageRoutes(await discoverIds());
    const found: { route: string; catalan: string[] }[] = [];
    const checked: string[] = [];
    for (const [route, { path, role }] of Object.entries(routes)) {
      // The developer's mailbox has no language of its own.
      if (!path.startsWith("/ca")) continue;
      const spanish = path.replace(/^\/ca/, "/es");
      const html = NOT_IN_THE_HTML.includes(route)
        ? await renderedInBrowser(spanish, role)
        : await (await fetch(baseUrl() + spanish, { headers: { cookie: cookies[role] }, redirect: "manual" })).text();
      const text = visibleText(html);
      // a whole fragment: "Enviada a revisió" is not in "Enviada a revisión"
      const shown = catalan.filter((fragment) => new RegExp(`${escapeRegExp(fragment)}(?!\\p{L})`, "u").test(text));
      if (!/<html[^>]*lang="es"/.test(html)) shown.unshift('<html lang="es"> missing');
      // a message the files don't have shows as its key ("adminPeople.form.name"); the audit log's
      // action names ("application.submitted", in <code>) are identifiers, not messages
      const words = visibleText(html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, " "));
      shown.push(...(words.match(MESSAGE_KEY) ?? []).map((key) => `key shown: ${key}`));
      if (shown.length) found.push({ route, catalan: shown });
      checked.push(route);
    }
    expect(found).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(8);
  });
});

// The not-found page is rendered by the browser (Next sends an error shell and renders it on the
// client: found by this test, still open), so it is checked as the browser shows it.
const NOT_IN_THE_HTML: string[] = ["/[locale]/[...rest]"];

/** A page as the browser shows it once its JavaScript has run (the person's cookies, if any). */
async function renderedInBrowser(path: string, role: Role) {
  const context = await newContext(browser);
  try {
    if (cookies[role])
      await context.addCookies(
        cookies[role].split("; ").map((pair) => {
          const [name, ...value] = pair.split("=");
          return { name, value: value.join("="), url: baseUrl() };
        }),
      );
    const page = await context.newPage();
    await page.goto(baseUrl() + path);
    await page.locator("main h1").waitFor();
    return await page.content();
  } finally {
    await context.close();
  }
}

type Messages = { [key: string]: string | Messages };

/**
 * Of every message whose Catalan and Spanish texts differ, the longest piece of its Catalan text
 * between placeholders and markup, when it is long enough not to be a name or a word that both
 * languages share.
 */
function catalanOnlyFragments(): string[] {
  const fragments = new Set<string>();
  const walk = (caNode: Messages, esNode: Messages) => {
    for (const [key, value] of Object.entries(caNode)) {
      const other = esNode?.[key];
      if (typeof value === "object") walk(value, other as Messages);
      else if (value !== other) {
        const longest = value
          .split(/[{}<>]/)
          .map((piece) => piece.trim())
          .sort((a, b) => b.length - a.length)[0];
        if (longest && longest.length >= 16) fragments.add(longest);
      }
    }
  };
  walk(ca as Messages, es as Messages);
  return [...fragments];
}

/**
 * What a page shows in its own language: its HTML without scripts, styles and tags, entities
 * decoded, spaces collapsed, and without what is marked as written in Catalan (lang="ca": an
 * email sent in Catalan, a subject its author wrote).
 */
function visibleText(html: string) {
  return html
    .replace(/<(script|style|template)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<(\w+)\s[^>]*\blang="ca"[^>]*>[\s\S]*?<\/\1>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/\s+/g, " ");
}

/** A message's key path, as next-intl and lib/i18n/use-t.ts show a message they don't find. */
const MESSAGE_KEY = new RegExp(`\\b(?:${Object.keys(ca).join("|")})\\.[A-Za-z][\\w.]*\\b`, "g");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
