import crypto from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { tick } from "@/lib/reminders/tick";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

// For hosts without a long-running process (Vercel cron, or any scheduler): the sweep and the
// delivery of queued emails. Only with `Authorization: Bearer $CRON_SECRET`.
function authorised(request: NextRequest) {
  const secret = env().CRON_SECRET;
  const given = request.headers.get("authorization") ?? "";
  const expected = `Bearer ${secret}`;
  return (
    Boolean(secret) &&
    given.length === expected.length &&
    crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  );
}

async function handle(request: NextRequest) {
  if (!authorised(request)) return NextResponse.json({ error: "unauthorised" }, { status: 401 });
  return NextResponse.json(await tick(), { headers: { "Cache-Control": "no-store" } });
}

export const POST = handle;
// Vercel's cron calls GET with the same header.
export const GET = handle;
