import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { listPublicFitxes } from "@/lib/mentorships/public-fitxes";

export const dynamic = "force-dynamic";

// The published fitxes for the network's website: public fields only, filters as in the
// catalogue (?topic=<slug>&comarca=<name>&year=<yyyy>). Readable from any origin.
export async function GET(request: NextRequest) {
  const search = request.nextUrl.searchParams;
  const fitxes = await listPublicFitxes({
    topic: search.get("topic") ?? undefined,
    comarca: search.get("comarca") ?? undefined,
    year: search.get("year") ?? undefined,
  });
  const base = env().APP_URL;
  return NextResponse.json(
    fitxes.map((f) => ({ ...f, url: new URL(`/ca/fitxes/${f.id}`, base).toString() })),
    { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=300" } },
  );
}
