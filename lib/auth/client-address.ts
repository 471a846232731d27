import "server-only";
import { headers } from "next/headers";

/**
 * The address of the client making this request, for the per-client rate limits, or undefined
 * when unknown. The production server (server.mjs) replaces X-Forwarded-For with the one
 * address it trusts: the connection's, or the one written by the nearest of TRUSTED_PROXY_HOPS
 * reverse proxies; hosting platforms such as Vercel overwrite the header the same way. Read from
 * the right, so a value the client put at the left is never taken.
 */
export async function clientAddress(): Promise<string | undefined> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return forwarded?.split(",").at(-1)?.trim() || undefined;
}
