import "server-only";
// Counts the database queries of each request, for the test that holds every page to its query
// budget (__tests__/e2e/query-counts.test.ts) and for `npm run bench`. Off unless the server runs
// with ENABLE_QUERY_PROBE=1: a request that sends `x-query-probe: <id>` has its queries counted
// under that id, and GET /api/dev/query-counts?probe=<id> reads the count.

const MAX_PROBES = 10_000;
const globalForProbe = globalThis as unknown as { __xmessQueryCounts?: Map<string, number> };

export function queryProbeEnabled() {
  return process.env.ENABLE_QUERY_PROBE === "1";
}

function counts() {
  globalForProbe.__xmessQueryCounts ??= new Map();
  return globalForProbe.__xmessQueryCounts;
}

/** Called for every query (Prisma's query event): finds the request it belongs to, if any. */
export function countQuery() {
  void (async () => {
    try {
      // The request's own store rather than next/headers: calling headers() would turn a cached
      // page into a per-request one when it is (re)generated.
      const { workUnitAsyncStorage } = await import("next/dist/server/app-render/work-unit-async-storage.external");
      const store = workUnitAsyncStorage.getStore();
      const probe = store?.type === "request" ? store.headers.get("x-query-probe") : null;
      if (!probe) return;
      const map = counts();
      if (!map.has(probe) && map.size >= MAX_PROBES) map.delete(map.keys().next().value!);
      map.set(probe, (map.get(probe) ?? 0) + 1);
    } catch {
      // Outside a request (scripts, the sweep, start-up): nothing to count.
    }
  })();
}

export function queryCount(probe: string): number | null {
  return counts().get(probe) ?? null;
}
