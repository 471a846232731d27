import "server-only";
import { NextRequest } from "next/server";
import { sessionToken } from "@/lib/auth/session-cookie";
import { viewerForSessionToken } from "@/lib/auth/viewer";
import { describe, log } from "@/lib/log";

type ErrorRequest = Readonly<{ path: string; method: string; headers: NodeJS.Dict<string | string[]> }>;
type ErrorContext = Readonly<{ routePath: string; routeType: string; renderSource?: string }>;

/**
 * One JSON line per server error (Next's onRequestError): the digest the error page shows as
 * its reference, the route, the method and the signed-in person's id; no address, query or
 * other personal data.
 */
export async function logRequestError(error: unknown, request: ErrorRequest, context: ErrorContext) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  log.error(
    {
      event: "request_error",
      digest: typeof digest === "string" ? digest : undefined,
      route: context.routePath,
      routeType: context.routeType,
      renderSource: context.renderSource,
      method: request.method,
      personId: await personId(request).catch(() => undefined),
      error: describe(error),
    },
    "request failed",
  );
}

async function personId(request: ErrorRequest) {
  const cookie = request.headers.cookie;
  if (!cookie) return undefined;
  const { cookies } = new NextRequest("http://localhost/", { headers: { cookie: String(cookie) } });
  return (await viewerForSessionToken(sessionToken(cookies)))?.id;
}
