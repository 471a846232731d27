import type { NextRequest } from "next/server";
import { viewerForSessionToken } from "@/lib/auth/viewer";
import { currentDataVersion } from "@/lib/db/data-version";
import { env } from "@/lib/env";
import { RENDER_HEADER, STATUS_HEADER } from "./headers";
import { PageStore, type CachedPage, type Generation } from "./store";

// Signed-in pages, served again to the same person while nothing they are built from changes.
//
// A signed-in page is a function of three things: who asks, the database, and the time. The
// route guard (proxy.ts) calls this for a full-page GET in a signed-in area. It reads the
// person behind the session cookie (getViewer's own rule: a live session of an active person)
// and, at the same time, the database's data version, a number that every committed
// write adds to (migration 20261129103817_data_version). The page is kept under the person, the
// address, the data version and the minute, so any write, by anyone, from any process, or a
// new minute, makes the next request render it afresh. The render is the page's own: the
// request goes back to this server with the person's cookies and the page checks the session
// and permissions as always; only its HTML is kept.
//
// Not kept: anything but a 200 HTML page without Set-Cookie. Not served: the router's RSC
// requests (client-side navigation, refreshes and prefetches), server actions, HEAD, and
// requests that count their queries (x-query-probe). Off in development and with PAGE_CACHE_MB=0.

const UNCACHEABLE_REQUEST_HEADERS = ["next-action", "x-query-probe", RENDER_HEADER];
// Headers of the render's own HTTP exchange, not of the page.
const TRANSPORT_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", STATUS_HEADER]);

const globalForPages = globalThis as unknown as {
  __xmessPageStore?: PageStore;
  __xmessPageRenders?: Map<string, Promise<Rendered>>;
};

function store(): PageStore | null {
  const megabytes = env().PAGE_CACHE_MB;
  if (megabytes <= 0) return null;
  globalForPages.__xmessPageStore ??= new PageStore(megabytes * 1024 * 1024);
  return globalForPages.__xmessPageStore;
}

function renders() {
  globalForPages.__xmessPageRenders ??= new Map();
  return globalForPages.__xmessPageRenders;
}

/**
 * A request for a whole HTML page: a browser's navigation, or a client that asks for HTML.
 * Next hides the router's own headers (RSC, Next-Router-State-Tree…) from the guard, so its
 * requests are told apart by what browsers always send with fetch(): Sec-Fetch-Dest "empty".
 */
function isDocumentRequest(request: NextRequest) {
  const destination = request.headers.get("sec-fetch-dest");
  if (destination) return destination === "document";
  return (request.headers.get("accept") ?? "").includes("text/html");
}

/** The person behind a live session token (getViewer's rule), and what the page is built from now. */
async function identify(token: string): Promise<{ userId: string; generation: Generation } | null> {
  const [viewer, version] = await Promise.all([viewerForSessionToken(token), currentDataVersion()]);
  if (!viewer) return null;
  return { userId: viewer.id, generation: { version, minute: Math.floor(Date.now() / 60_000) } };
}

function answer(page: CachedPage, status: "hit" | "miss") {
  const headers = new Headers(page.headers);
  headers.set(STATUS_HEADER, status);
  return new Response(page.body as BodyInit, { status: 200, headers });
}

type Rendered = { page: CachedPage | null; response: Response };

/** Renders the page on this server as the person who asks; `page` is what may be kept. */
async function render(request: NextRequest, origin: string): Promise<Rendered> {
  const headers = new Headers({ [RENDER_HEADER]: "1", "accept-encoding": "identity" });
  for (const name of ["cookie", "accept", "accept-language", "user-agent"]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const response = await fetch(`${origin}${request.nextUrl.pathname}${request.nextUrl.search}`, {
    headers,
    redirect: "manual",
    cache: "no-store",
  });
  const body = new Uint8Array(await response.arrayBuffer());
  const passed = new Headers();
  const kept: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (name === "set-cookie" || TRANSPORT_HEADERS.has(name)) return;
    // Pages redirect to paths; an answer from the guard must name a whole address.
    if (name === "location") value = new URL(value, request.url).toString();
    passed.append(name, value);
    kept.push([name, value]);
  });
  const cookies = response.headers.getSetCookie();
  for (const cookie of cookies) passed.append("set-cookie", cookie);
  const isPage = response.status === 200 && (response.headers.get("content-type") ?? "").startsWith("text/html");
  const keep = isPage && cookies.length === 0;
  return {
    page: keep ? { body, headers: kept } : null,
    response: new Response(response.status === 204 || response.status === 304 ? null : (body as BodyInit), {
      status: response.status,
      headers: passed,
    }),
  };
}

/**
 * The page from memory, or rendered now and kept; null when this request is not one to serve
 * from memory (the guard then lets it through to the page as usual).
 */
export async function cachedPage(request: NextRequest, token: string): Promise<Response | null> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin || process.env.NODE_ENV !== "production" || request.method !== "GET") return null;
  const pages = store();
  if (!pages || !isDocumentRequest(request) || UNCACHEABLE_REQUEST_HEADERS.some((name) => request.headers.has(name))) return null;
  const person = await identify(token);
  if (!person) return null;

  const key = `${person.userId} ${request.nextUrl.pathname}${request.nextUrl.search}`;
  const kept = pages.get(person.generation, key);
  if (kept) return answer(kept, "hit");

  // Requests that arrive while the same page is being rendered wait for that render and share
  // it when it is a page to keep; anything else (a redirect, an error) is the first one's own.
  const renderKey = `${person.generation.version}:${person.generation.minute} ${key}`;
  const pending = renders().get(renderKey);
  if (pending) {
    const shared = await pending.then((rendered) => rendered.page).catch(() => null);
    return shared ? answer(shared, "hit") : null;
  }
  const rendering = render(request, origin).finally(() => renders().delete(renderKey));
  renders().set(renderKey, rendering);
  // If this server cannot be reached from itself, the request goes on to the page as usual.
  const rendered = await rendering.catch(() => null);
  if (!rendered) return null;
  if (!rendered.page) return rendered.response;
  pages.set(person.generation, key, rendered.page);
  return answer(rendered.page, "miss");
}
