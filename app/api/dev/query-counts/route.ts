import { NextResponse, type NextRequest } from "next/server";
import { queryCount, queryProbeEnabled } from "@/lib/db/query-probe";

export const dynamic = "force-dynamic";

// How many database queries the request sent with `x-query-probe: <probe>` made (tests and the
// benchmark only: 404 unless the server runs with ENABLE_QUERY_PROBE=1).
export async function GET(request: NextRequest) {
  if (!queryProbeEnabled()) return new NextResponse(null, { status: 404 });
  const probe = request.nextUrl.searchParams.get("probe") ?? "";
  return NextResponse.json({ probe, queries: queryCount(probe) }, { headers: { "Cache-Control": "no-store" } });
}
