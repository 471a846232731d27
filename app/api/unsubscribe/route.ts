import { NextResponse, type NextRequest } from "next/server";
import { setRemindersOptOut } from "@/lib/reminders/preferences";

// RFC 8058 one-click unsubscribe from reminders (mail clients POST here). A GET changes
// nothing: it only leads to the page with the button, since mail scanners open links.
export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const done = await setRemindersOptOut(token, true);
  return done
    ? new NextResponse(null, { status: 200 })
    : NextResponse.json({ error: "invalid token" }, { status: 400 });
}

export async function GET(request: NextRequest) {
  const url = new URL("/ca/baixa", request.nextUrl);
  url.search = request.nextUrl.search;
  return NextResponse.redirect(url, 303);
}
