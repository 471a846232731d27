import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { listPublicFitxes } from "@/lib/mentorships/public-fitxes";
import { cleanQuery } from "@/lib/query-params";

const PER_PAGE_DEFAULT = 100;
const PER_PAGE_MAX = 500;

export const dynamic = "force-dynamic";

// The published fitxes for the network's website: public fields only, filters as in the
// catalogue (?topic=<slug>&comarca=<name>&year=<yyyy>). Readable from any origin. Paged, newest
// first: ?page=<n>&per_page=<1..500> (100 by default); the total is in X-Total-Count and the
// other pages in the Link header (rel="next", rel="prev").
export async function GET(request: NextRequest) {
  const search = cleanQuery(Object.fromEntries(request.nextUrl.searchParams));
  const filters = { topic: search.topic, comarca: search.comarca, year: search.year };
  const perPageAsked = Number(search.per_page);
  const perPage =
    Number.isInteger(perPageAsked) && perPageAsked > 0 ? Math.min(perPageAsked, PER_PAGE_MAX) : PER_PAGE_DEFAULT;
  const page = await listPublicFitxes(filters, search.page, perPage);
  const base = env().APP_URL;
  const link = (n: number, rel: string) => {
    const url = new URL("/api/fitxes", base);
    for (const [key, value] of Object.entries(filters)) if (value) url.searchParams.set(key, value);
    url.searchParams.set("page", String(n));
    url.searchParams.set("per_page", String(perPage));
    return `<${url}>; rel="${rel}"`;
  };
  const links = [
    page.page < page.pages ? link(page.page + 1, "next") : null,
    page.page > 1 ? link(page.page - 1, "prev") : null,
  ].filter(Boolean);
  return NextResponse.json(
    page.rows.map((f) => ({ ...f, url: new URL(`/ca/fitxes/${f.id}`, base).toString() })),
    {
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": "Link, X-Total-Count",
        "Cache-Control": "public, max-age=300",
        "X-Total-Count": String(page.total),
        ...(links.length ? { Link: links.join(", ") } : {}),
      },
    },
  );
}
